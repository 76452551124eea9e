from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DemandCreate")



@_attrs_define
class DemandCreate:
    """ 
        Attributes:
            centre_code (str):
            month (str):
            person_days (float | str):
            project (str):
            description (None | str | Unset):
     """

    centre_code: str
    month: str
    person_days: float | str
    project: str
    description: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        centre_code = self.centre_code

        month = self.month

        person_days: float | str
        person_days = self.person_days

        project = self.project

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "centre_code": centre_code,
            "month": month,
            "person_days": person_days,
            "project": project,
        })
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        centre_code = d.pop("centre_code")

        month = d.pop("month")

        def _parse_person_days(data: object) -> float | str:
            return cast(float | str, data)

        person_days = _parse_person_days(d.pop("person_days"))


        project = d.pop("project")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        demand_create = cls(
            centre_code=centre_code,
            month=month,
            person_days=person_days,
            project=project,
            description=description,
        )

        return demand_create

