from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="StaffCeilingUpdate")



@_attrs_define
class StaffCeilingUpdate:
    """ 
        Attributes:
            etpt_ceiling (float | str):
            reason (str):
     """

    etpt_ceiling: float | str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        etpt_ceiling: float | str
        etpt_ceiling = self.etpt_ceiling

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "etpt_ceiling": etpt_ceiling,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_etpt_ceiling(data: object) -> float | str:
            return cast(float | str, data)

        etpt_ceiling = _parse_etpt_ceiling(d.pop("etpt_ceiling"))


        reason = d.pop("reason")

        staff_ceiling_update = cls(
            etpt_ceiling=etpt_ceiling,
            reason=reason,
        )

        return staff_ceiling_update

