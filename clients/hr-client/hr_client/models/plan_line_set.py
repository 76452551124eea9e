from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="PlanLineSet")



@_attrs_define
class PlanLineSet:
    """ Trainees planned on a course in the unit's annual plan.

        Attributes:
            course_id (int):
            planned_trainees (int):
     """

    course_id: int
    planned_trainees: int





    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        planned_trainees = self.planned_trainees


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "course_id": course_id,
            "planned_trainees": planned_trainees,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        planned_trainees = d.pop("planned_trainees")

        plan_line_set = cls(
            course_id=course_id,
            planned_trainees=planned_trainees,
        )

        return plan_line_set

