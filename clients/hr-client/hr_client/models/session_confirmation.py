from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SessionConfirmation")



@_attrs_define
class SessionConfirmation:
    """ Confirm the session: budget is asked to commit its estimated cost on the organising
    unit's T3 (action 09). Default estimate: the course's cost × the session's capacity (the
    most it can cost; the unused part is released at completion). Sent again with a new
    estimate, it revises the commitment.

        Attributes:
            estimated_cost (float | None | str | Unset):
     """

    estimated_cost: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        estimated_cost: float | None | str | Unset
        if isinstance(self.estimated_cost, Unset):
            estimated_cost = UNSET
        else:
            estimated_cost = self.estimated_cost


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if estimated_cost is not UNSET:
            field_dict["estimated_cost"] = estimated_cost

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_estimated_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        estimated_cost = _parse_estimated_cost(d.pop("estimated_cost", UNSET))


        session_confirmation = cls(
            estimated_cost=estimated_cost,
        )

        return session_confirmation

