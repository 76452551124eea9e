from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.booking_status import BookingStatus
from typing import cast
import datetime






T = TypeVar("T", bound="BookingPublic")



@_attrs_define
class BookingPublic:
    """ 
        Attributes:
            attendees (int):
            booked_by (str):
            ends_at (datetime.datetime):
            id (int):
            purpose (str):
            room_id (int):
            starts_at (datetime.datetime):
            status (BookingStatus):
            unit_code (str):
     """

    attendees: int
    booked_by: str
    ends_at: datetime.datetime
    id: int
    purpose: str
    room_id: int
    starts_at: datetime.datetime
    status: BookingStatus
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attendees = self.attendees

        booked_by = self.booked_by

        ends_at = self.ends_at.isoformat()

        id = self.id

        purpose = self.purpose

        room_id = self.room_id

        starts_at = self.starts_at.isoformat()

        status = self.status.value

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attendees": attendees,
            "booked_by": booked_by,
            "ends_at": ends_at,
            "id": id,
            "purpose": purpose,
            "room_id": room_id,
            "starts_at": starts_at,
            "status": status,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attendees = d.pop("attendees")

        booked_by = d.pop("booked_by")

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        id = d.pop("id")

        purpose = d.pop("purpose")

        room_id = d.pop("room_id")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        status = BookingStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        booking_public = cls(
            attendees=attendees,
            booked_by=booked_by,
            ends_at=ends_at,
            id=id,
            purpose=purpose,
            room_id=room_id,
            starts_at=starts_at,
            status=status,
            unit_code=unit_code,
        )


        booking_public.additional_properties = d
        return booking_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
