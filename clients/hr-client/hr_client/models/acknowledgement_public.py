from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AcknowledgementPublic")



@_attrs_define
class AcknowledgementPublic:
    """ 
        Attributes:
            acknowledged_at (datetime.datetime):
            agent_id (int):
            announcement_id (int):
     """

    acknowledged_at: datetime.datetime
    agent_id: int
    announcement_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acknowledged_at = self.acknowledged_at.isoformat()

        agent_id = self.agent_id

        announcement_id = self.announcement_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged_at": acknowledged_at,
            "agent_id": agent_id,
            "announcement_id": announcement_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged_at = datetime.datetime.fromisoformat(d.pop("acknowledged_at"))




        agent_id = d.pop("agent_id")

        announcement_id = d.pop("announcement_id")

        acknowledgement_public = cls(
            acknowledged_at=acknowledged_at,
            agent_id=agent_id,
            announcement_id=announcement_id,
        )


        acknowledgement_public.additional_properties = d
        return acknowledgement_public

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
