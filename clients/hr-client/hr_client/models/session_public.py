from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SessionPublic")



@_attrs_define
class SessionPublic:
    """ 
        Attributes:
            cancelled (bool):
            capacity (int):
            course_id (int):
            end_date (datetime.date):
            id (int):
            place (str):
            start_date (datetime.date):
            unit_code (str):
            version (int):
            enrolled (int | Unset):  Default: 0.
            waitlisted (int | Unset):  Default: 0.
     """

    cancelled: bool
    capacity: int
    course_id: int
    end_date: datetime.date
    id: int
    place: str
    start_date: datetime.date
    unit_code: str
    version: int
    enrolled: int | Unset = 0
    waitlisted: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cancelled = self.cancelled

        capacity = self.capacity

        course_id = self.course_id

        end_date = self.end_date.isoformat()

        id = self.id

        place = self.place

        start_date = self.start_date.isoformat()

        unit_code = self.unit_code

        version = self.version

        enrolled = self.enrolled

        waitlisted = self.waitlisted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cancelled": cancelled,
            "capacity": capacity,
            "course_id": course_id,
            "end_date": end_date,
            "id": id,
            "place": place,
            "start_date": start_date,
            "unit_code": unit_code,
            "version": version,
        })
        if enrolled is not UNSET:
            field_dict["enrolled"] = enrolled
        if waitlisted is not UNSET:
            field_dict["waitlisted"] = waitlisted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancelled = d.pop("cancelled")

        capacity = d.pop("capacity")

        course_id = d.pop("course_id")

        end_date = datetime.date.fromisoformat(d.pop("end_date"))




        id = d.pop("id")

        place = d.pop("place")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        enrolled = d.pop("enrolled", UNSET)

        waitlisted = d.pop("waitlisted", UNSET)

        session_public = cls(
            cancelled=cancelled,
            capacity=capacity,
            course_id=course_id,
            end_date=end_date,
            id=id,
            place=place,
            start_date=start_date,
            unit_code=unit_code,
            version=version,
            enrolled=enrolled,
            waitlisted=waitlisted,
        )


        session_public.additional_properties = d
        return session_public

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
