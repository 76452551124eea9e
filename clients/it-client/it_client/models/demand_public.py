from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.demand_source import DemandSource
from typing import cast
import datetime






T = TypeVar("T", bound="DemandPublic")



@_attrs_define
class DemandPublic:
    """ 
        Attributes:
            centre_code (str):
            created_at (datetime.datetime):
            description (None | str):
            id (int):
            month (str):
            operation_id (None | str):
            operation_revision (int | None):
            person_days (float | str):
            phase_code (None | str):
            project (None | str):
            source (DemandSource):
            updated_at (datetime.datetime):
            version (int):
     """

    centre_code: str
    created_at: datetime.datetime
    description: None | str
    id: int
    month: str
    operation_id: None | str
    operation_revision: int | None
    person_days: float | str
    phase_code: None | str
    project: None | str
    source: DemandSource
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        centre_code = self.centre_code

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        id = self.id

        month = self.month

        operation_id: None | str
        operation_id = self.operation_id

        operation_revision: int | None
        operation_revision = self.operation_revision

        person_days: float | str
        person_days = self.person_days

        phase_code: None | str
        phase_code = self.phase_code

        project: None | str
        project = self.project

        source = self.source.value

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "centre_code": centre_code,
            "created_at": created_at,
            "description": description,
            "id": id,
            "month": month,
            "operation_id": operation_id,
            "operation_revision": operation_revision,
            "person_days": person_days,
            "phase_code": phase_code,
            "project": project,
            "source": source,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        centre_code = d.pop("centre_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        id = d.pop("id")

        month = d.pop("month")

        def _parse_operation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_id = _parse_operation_id(d.pop("operation_id"))


        def _parse_operation_revision(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        operation_revision = _parse_operation_revision(d.pop("operation_revision"))


        def _parse_person_days(data: object) -> float | str:
            return cast(float | str, data)

        person_days = _parse_person_days(d.pop("person_days"))


        def _parse_phase_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phase_code = _parse_phase_code(d.pop("phase_code"))


        def _parse_project(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project = _parse_project(d.pop("project"))


        source = DemandSource(d.pop("source"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        demand_public = cls(
            centre_code=centre_code,
            created_at=created_at,
            description=description,
            id=id,
            month=month,
            operation_id=operation_id,
            operation_revision=operation_revision,
            person_days=person_days,
            phase_code=phase_code,
            project=project,
            source=source,
            updated_at=updated_at,
            version=version,
        )


        demand_public.additional_properties = d
        return demand_public

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
