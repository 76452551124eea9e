from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BookingCreate")



@_attrs_define
class BookingCreate:
    """ 
        Attributes:
            ends_at (datetime.datetime):
            purpose (str):
            starts_at (datetime.datetime):
            unit_code (str):
            attendees (int | Unset):  Default: 1.
     """

    ends_at: datetime.datetime
    purpose: str
    starts_at: datetime.datetime
    unit_code: str
    attendees: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        purpose = self.purpose

        starts_at = self.starts_at.isoformat()

        unit_code = self.unit_code

        attendees = self.attendees


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ends_at": ends_at,
            "purpose": purpose,
            "starts_at": starts_at,
            "unit_code": unit_code,
        })
        if attendees is not UNSET:
            field_dict["attendees"] = attendees

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        purpose = d.pop("purpose")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        unit_code = d.pop("unit_code")

        attendees = d.pop("attendees", UNSET)

        booking_create = cls(
            ends_at=ends_at,
            purpose=purpose,
            starts_at=starts_at,
            unit_code=unit_code,
            attendees=attendees,
        )

        return booking_create

