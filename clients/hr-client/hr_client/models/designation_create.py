from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.designation_role import DesignationRole
from typing import cast
import datetime






T = TypeVar("T", bound="DesignationCreate")



@_attrs_define
class DesignationCreate:
    """ A union designates an agent of the perimeter to one of its seats on an F3SCT.

        Attributes:
            agent_id (int):
            designated_on (datetime.date):
            role (DesignationRole): Titulaire or suppléant seat in a formation spécialisée.
            union_code (str):
     """

    agent_id: int
    designated_on: datetime.date
    role: DesignationRole
    union_code: str





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        designated_on = self.designated_on.isoformat()

        role = self.role.value

        union_code = self.union_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agent_id": agent_id,
            "designated_on": designated_on,
            "role": role,
            "union_code": union_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        designated_on = datetime.date.fromisoformat(d.pop("designated_on"))




        role = DesignationRole(d.pop("role"))




        union_code = d.pop("union_code")

        designation_create = cls(
            agent_id=agent_id,
            designated_on=designated_on,
            role=role,
            union_code=union_code,
        )

        return designation_create

