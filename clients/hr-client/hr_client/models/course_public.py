from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CoursePublic")



@_attrs_define
class CoursePublic:
    """ 
        Attributes:
            active (bool):
            certificate_validity_months (int | None):
            code (str):
            cost (float | str):
            domain (str):
            duration_hours (float | str):
            id (int):
            mandatory (bool):
            skills (list[str]):
            title (str):
            version (int):
     """

    active: bool
    certificate_validity_months: int | None
    code: str
    cost: float | str
    domain: str
    duration_hours: float | str
    id: int
    mandatory: bool
    skills: list[str]
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        certificate_validity_months: int | None
        certificate_validity_months = self.certificate_validity_months

        code = self.code

        cost: float | str
        cost = self.cost

        domain = self.domain

        duration_hours: float | str
        duration_hours = self.duration_hours

        id = self.id

        mandatory = self.mandatory

        skills = self.skills



        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "certificate_validity_months": certificate_validity_months,
            "code": code,
            "cost": cost,
            "domain": domain,
            "duration_hours": duration_hours,
            "id": id,
            "mandatory": mandatory,
            "skills": skills,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        def _parse_certificate_validity_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        certificate_validity_months = _parse_certificate_validity_months(d.pop("certificate_validity_months"))


        code = d.pop("code")

        def _parse_cost(data: object) -> float | str:
            return cast(float | str, data)

        cost = _parse_cost(d.pop("cost"))


        domain = d.pop("domain")

        def _parse_duration_hours(data: object) -> float | str:
            return cast(float | str, data)

        duration_hours = _parse_duration_hours(d.pop("duration_hours"))


        id = d.pop("id")

        mandatory = d.pop("mandatory")

        skills = cast(list[str], d.pop("skills"))


        title = d.pop("title")

        version = d.pop("version")

        course_public = cls(
            active=active,
            certificate_validity_months=certificate_validity_months,
            code=code,
            cost=cost,
            domain=domain,
            duration_hours=duration_hours,
            id=id,
            mandatory=mandatory,
            skills=skills,
            title=title,
            version=version,
        )


        course_public.additional_properties = d
        return course_public

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
