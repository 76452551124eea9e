from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TimeCreditSet")



@_attrs_define
class TimeCreditSet:
    """ Override of a computed credit: the hours granted instead, and why (required).

        Attributes:
            hours_granted (float | str):
            reason (None | str | Unset): Why the computed figure is overridden (required).
     """

    hours_granted: float | str
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        hours_granted: float | str
        hours_granted = self.hours_granted

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "hours_granted": hours_granted,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_hours_granted(data: object) -> float | str:
            return cast(float | str, data)

        hours_granted = _parse_hours_granted(d.pop("hours_granted"))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        time_credit_set = cls(
            hours_granted=hours_granted,
            reason=reason,
        )

        return time_credit_set

