from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="FollowUpCreate")



@_attrs_define
class FollowUpCreate:
    """ 
        Attributes:
            note (str):
            close (bool | Unset): Close the incident with this note. Default: False.
     """

    note: str
    close: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        note = self.note

        close = self.close


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "note": note,
        })
        if close is not UNSET:
            field_dict["close"] = close

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        close = d.pop("close", UNSET)

        follow_up_create = cls(
            note=note,
            close=close,
        )

        return follow_up_create

