from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SessionCompletionCreate")



@_attrs_define
class SessionCompletionCreate:
    """ The session was held: service fait for its actual cost (default: the course's cost ×
    agents marked present), never above what budget committed; the rest is released.

        Attributes:
            actual_cost (float | None | str | Unset):
            completed_on (datetime.date | None | Unset): Default: the session's last day (not after today).
     """

    actual_cost: float | None | str | Unset = UNSET
    completed_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        actual_cost: float | None | str | Unset
        if isinstance(self.actual_cost, Unset):
            actual_cost = UNSET
        else:
            actual_cost = self.actual_cost

        completed_on: None | str | Unset
        if isinstance(self.completed_on, Unset):
            completed_on = UNSET
        elif isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        actual_cost = _parse_actual_cost(d.pop("actual_cost", UNSET))


        def _parse_completed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)



                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        completed_on = _parse_completed_on(d.pop("completed_on", UNSET))


        session_completion_create = cls(
            actual_cost=actual_cost,
            completed_on=completed_on,
        )

        return session_completion_create

