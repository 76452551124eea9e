from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CourseUpdate")



@_attrs_define
class CourseUpdate:
    """ 
        Attributes:
            active (bool | None | Unset):
            certificate_validity_months (int | None | Unset):
            cost (float | None | str | Unset):
            domain (None | str | Unset):
            duration_hours (float | None | str | Unset):
            mandatory (bool | None | Unset):
            skills (list[str] | None | Unset):
            title (None | str | Unset):
     """

    active: bool | None | Unset = UNSET
    certificate_validity_months: int | None | Unset = UNSET
    cost: float | None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    duration_hours: float | None | str | Unset = UNSET
    mandatory: bool | None | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        certificate_validity_months: int | None | Unset
        if isinstance(self.certificate_validity_months, Unset):
            certificate_validity_months = UNSET
        else:
            certificate_validity_months = self.certificate_validity_months

        cost: float | None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        duration_hours: float | None | str | Unset
        if isinstance(self.duration_hours, Unset):
            duration_hours = UNSET
        else:
            duration_hours = self.duration_hours

        mandatory: bool | None | Unset
        if isinstance(self.mandatory, Unset):
            mandatory = UNSET
        else:
            mandatory = self.mandatory

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills


        else:
            skills = self.skills

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if certificate_validity_months is not UNSET:
            field_dict["certificate_validity_months"] = certificate_validity_months
        if cost is not UNSET:
            field_dict["cost"] = cost
        if domain is not UNSET:
            field_dict["domain"] = domain
        if duration_hours is not UNSET:
            field_dict["duration_hours"] = duration_hours
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if skills is not UNSET:
            field_dict["skills"] = skills
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))


        def _parse_certificate_validity_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        certificate_validity_months = _parse_certificate_validity_months(d.pop("certificate_validity_months", UNSET))


        def _parse_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))


        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))


        def _parse_duration_hours(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_hours = _parse_duration_hours(d.pop("duration_hours", UNSET))


        def _parse_mandatory(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mandatory = _parse_mandatory(d.pop("mandatory", UNSET))


        def _parse_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = cast(list[str], data)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        course_update = cls(
            active=active,
            certificate_validity_months=certificate_validity_months,
            cost=cost,
            domain=domain,
            duration_hours=duration_hours,
            mandatory=mandatory,
            skills=skills,
            title=title,
        )

        return course_update

