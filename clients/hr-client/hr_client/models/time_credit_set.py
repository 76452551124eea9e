from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="TimeCreditSet")



@_attrs_define
class TimeCreditSet:
    """ 
        Attributes:
            hours_granted (float | str):
     """

    hours_granted: float | str





    def to_dict(self) -> dict[str, Any]:
        hours_granted: float | str
        hours_granted = self.hours_granted


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "hours_granted": hours_granted,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_hours_granted(data: object) -> float | str:
            return cast(float | str, data)

        hours_granted = _parse_hours_granted(d.pop("hours_granted"))


        time_credit_set = cls(
            hours_granted=hours_granted,
        )

        return time_credit_set

