from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ActionCreate")



@_attrs_define
class ActionCreate:
    """ 
        Attributes:
            description (str):
            due_date (datetime.date):
            owner (str):
     """

    description: str
    due_date: datetime.date
    owner: str





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        due_date = self.due_date.isoformat()

        owner = self.owner


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "due_date": due_date,
            "owner": owner,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        owner = d.pop("owner")

        action_create = cls(
            description=description,
            due_date=due_date,
            owner=owner,
        )

        return action_create

