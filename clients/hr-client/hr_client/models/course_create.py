from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CourseCreate")



@_attrs_define
class CourseCreate:
    """ A course of the catalogue.

        Attributes:
            code (str):
            cost (float | str): Cost per trainee, euros.
            domain (str):
            duration_hours (float | str):
            title (str):
            certificate_validity_months (int | None | Unset):
            mandatory (bool | Unset):  Default: False.
            skills (list[str] | Unset):
     """

    code: str
    cost: float | str
    domain: str
    duration_hours: float | str
    title: str
    certificate_validity_months: int | None | Unset = UNSET
    mandatory: bool | Unset = False
    skills: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        cost: float | str
        cost = self.cost

        domain = self.domain

        duration_hours: float | str
        duration_hours = self.duration_hours

        title = self.title

        certificate_validity_months: int | None | Unset
        if isinstance(self.certificate_validity_months, Unset):
            certificate_validity_months = UNSET
        else:
            certificate_validity_months = self.certificate_validity_months

        mandatory = self.mandatory

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "cost": cost,
            "domain": domain,
            "duration_hours": duration_hours,
            "title": title,
        })
        if certificate_validity_months is not UNSET:
            field_dict["certificate_validity_months"] = certificate_validity_months
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_cost(data: object) -> float | str:
            return cast(float | str, data)

        cost = _parse_cost(d.pop("cost"))


        domain = d.pop("domain")

        def _parse_duration_hours(data: object) -> float | str:
            return cast(float | str, data)

        duration_hours = _parse_duration_hours(d.pop("duration_hours"))


        title = d.pop("title")

        def _parse_certificate_validity_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        certificate_validity_months = _parse_certificate_validity_months(d.pop("certificate_validity_months", UNSET))


        mandatory = d.pop("mandatory", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))


        course_create = cls(
            code=code,
            cost=cost,
            domain=domain,
            duration_hours=duration_hours,
            title=title,
            certificate_validity_months=certificate_validity_months,
            mandatory=mandatory,
            skills=skills,
        )

        return course_create

