from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SessionCreate")



@_attrs_define
class SessionCreate:
    """ A session of a course.

        Attributes:
            capacity (int):
            course_id (int):
            end_date (datetime.date):
            place (str):
            start_date (datetime.date):
            unit_code (str):
     """

    capacity: int
    course_id: int
    end_date: datetime.date
    place: str
    start_date: datetime.date
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        course_id = self.course_id

        end_date = self.end_date.isoformat()

        place = self.place

        start_date = self.start_date.isoformat()

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "capacity": capacity,
            "course_id": course_id,
            "end_date": end_date,
            "place": place,
            "start_date": start_date,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        course_id = d.pop("course_id")

        end_date = datetime.date.fromisoformat(d.pop("end_date"))




        place = d.pop("place")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        unit_code = d.pop("unit_code")

        session_create = cls(
            capacity=capacity,
            course_id=course_id,
            end_date=end_date,
            place=place,
            start_date=start_date,
            unit_code=unit_code,
        )

        return session_create

