from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PlanLine")



@_attrs_define
class PlanLine:
    """ 
        Attributes:
            course_code (str):
            course_id (int):
            course_title (str):
            done_cost (float | str):
            done_hours (float | str):
            done_trainees (int):
            planned_cost (float | str):
            planned_hours (float | str):
            planned_trainees (int):
     """

    course_code: str
    course_id: int
    course_title: str
    done_cost: float | str
    done_hours: float | str
    done_trainees: int
    planned_cost: float | str
    planned_hours: float | str
    planned_trainees: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        course_code = self.course_code

        course_id = self.course_id

        course_title = self.course_title

        done_cost: float | str
        done_cost = self.done_cost

        done_hours: float | str
        done_hours = self.done_hours

        done_trainees = self.done_trainees

        planned_cost: float | str
        planned_cost = self.planned_cost

        planned_hours: float | str
        planned_hours = self.planned_hours

        planned_trainees = self.planned_trainees


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "course_code": course_code,
            "course_id": course_id,
            "course_title": course_title,
            "done_cost": done_cost,
            "done_hours": done_hours,
            "done_trainees": done_trainees,
            "planned_cost": planned_cost,
            "planned_hours": planned_hours,
            "planned_trainees": planned_trainees,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_code = d.pop("course_code")

        course_id = d.pop("course_id")

        course_title = d.pop("course_title")

        def _parse_done_cost(data: object) -> float | str:
            return cast(float | str, data)

        done_cost = _parse_done_cost(d.pop("done_cost"))


        def _parse_done_hours(data: object) -> float | str:
            return cast(float | str, data)

        done_hours = _parse_done_hours(d.pop("done_hours"))


        done_trainees = d.pop("done_trainees")

        def _parse_planned_cost(data: object) -> float | str:
            return cast(float | str, data)

        planned_cost = _parse_planned_cost(d.pop("planned_cost"))


        def _parse_planned_hours(data: object) -> float | str:
            return cast(float | str, data)

        planned_hours = _parse_planned_hours(d.pop("planned_hours"))


        planned_trainees = d.pop("planned_trainees")

        plan_line = cls(
            course_code=course_code,
            course_id=course_id,
            course_title=course_title,
            done_cost=done_cost,
            done_hours=done_hours,
            done_trainees=done_trainees,
            planned_cost=planned_cost,
            planned_hours=planned_hours,
            planned_trainees=planned_trainees,
        )


        plan_line.additional_properties = d
        return plan_line

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
