from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CompletionPublic")



@_attrs_define
class CompletionPublic:
    """ 
        Attributes:
            agent_id (int):
            certificate_expires_on (datetime.date | None):
            completed_on (datetime.date):
            cost (float | str):
            course_id (int):
            enrolment_id (int):
            hours (float | str):
            id (int):
            skills (list[str]):
            unit_code (str):
     """

    agent_id: int
    certificate_expires_on: datetime.date | None
    completed_on: datetime.date
    cost: float | str
    course_id: int
    enrolment_id: int
    hours: float | str
    id: int
    skills: list[str]
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        certificate_expires_on: None | str
        if isinstance(self.certificate_expires_on, datetime.date):
            certificate_expires_on = self.certificate_expires_on.isoformat()
        else:
            certificate_expires_on = self.certificate_expires_on

        completed_on = self.completed_on.isoformat()

        cost: float | str
        cost = self.cost

        course_id = self.course_id

        enrolment_id = self.enrolment_id

        hours: float | str
        hours = self.hours

        id = self.id

        skills = self.skills



        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "certificate_expires_on": certificate_expires_on,
            "completed_on": completed_on,
            "cost": cost,
            "course_id": course_id,
            "enrolment_id": enrolment_id,
            "hours": hours,
            "id": id,
            "skills": skills,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        def _parse_certificate_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certificate_expires_on_type_0 = datetime.date.fromisoformat(data)



                return certificate_expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        certificate_expires_on = _parse_certificate_expires_on(d.pop("certificate_expires_on"))


        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))




        def _parse_cost(data: object) -> float | str:
            return cast(float | str, data)

        cost = _parse_cost(d.pop("cost"))


        course_id = d.pop("course_id")

        enrolment_id = d.pop("enrolment_id")

        def _parse_hours(data: object) -> float | str:
            return cast(float | str, data)

        hours = _parse_hours(d.pop("hours"))


        id = d.pop("id")

        skills = cast(list[str], d.pop("skills"))


        unit_code = d.pop("unit_code")

        completion_public = cls(
            agent_id=agent_id,
            certificate_expires_on=certificate_expires_on,
            completed_on=completed_on,
            cost=cost,
            course_id=course_id,
            enrolment_id=enrolment_id,
            hours=hours,
            id=id,
            skills=skills,
            unit_code=unit_code,
        )


        completion_public.additional_properties = d
        return completion_public

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
