from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AgentSummary")



@_attrs_define
class AgentSummary:
    """ The minimal view every authenticated user gets (no personal data).

        Attributes:
            active (bool):
            first_name (str):
            id (int):
            last_name (str):
            unit_code (str):
     """

    active: bool
    first_name: str
    id: int
    last_name: str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "first_name": first_name,
            "id": id,
            "last_name": last_name,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        first_name = d.pop("first_name")

        id = d.pop("id")

        last_name = d.pop("last_name")

        unit_code = d.pop("unit_code")

        agent_summary = cls(
            active=active,
            first_name=first_name,
            id=id,
            last_name=last_name,
            unit_code=unit_code,
        )


        agent_summary.additional_properties = d
        return agent_summary

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
