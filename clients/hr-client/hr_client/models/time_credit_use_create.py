from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TimeCreditUseCreate")



@_attrs_define
class TimeCreditUseCreate:
    """ 
        Attributes:
            hours (float | str):
            used_on (datetime.date):
            note (None | str | Unset):
     """

    hours: float | str
    used_on: datetime.date
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        hours: float | str
        hours = self.hours

        used_on = self.used_on.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "hours": hours,
            "used_on": used_on,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_hours(data: object) -> float | str:
            return cast(float | str, data)

        hours = _parse_hours(d.pop("hours"))


        used_on = datetime.date.fromisoformat(d.pop("used_on"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        time_credit_use_create = cls(
            hours=hours,
            used_on=used_on,
            note=note,
        )

        return time_credit_use_create

