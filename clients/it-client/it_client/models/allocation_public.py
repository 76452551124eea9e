from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AllocationPublic")



@_attrs_define
class AllocationPublic:
    """ 
        Attributes:
            agent_id (str):
            centre_code (str):
            created_at (datetime.datetime):
            id (int):
            month (str):
            project (None | str):
            share (float | str):
            updated_at (datetime.datetime):
            version (int):
     """

    agent_id: str
    centre_code: str
    created_at: datetime.datetime
    id: int
    month: str
    project: None | str
    share: float | str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        centre_code = self.centre_code

        created_at = self.created_at.isoformat()

        id = self.id

        month = self.month

        project: None | str
        project = self.project

        share: float | str
        share = self.share

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "centre_code": centre_code,
            "created_at": created_at,
            "id": id,
            "month": month,
            "project": project,
            "share": share,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        centre_code = d.pop("centre_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        month = d.pop("month")

        def _parse_project(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project = _parse_project(d.pop("project"))


        def _parse_share(data: object) -> float | str:
            return cast(float | str, data)

        share = _parse_share(d.pop("share"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        allocation_public = cls(
            agent_id=agent_id,
            centre_code=centre_code,
            created_at=created_at,
            id=id,
            month=month,
            project=project,
            share=share,
            updated_at=updated_at,
            version=version,
        )


        allocation_public.additional_properties = d
        return allocation_public

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
