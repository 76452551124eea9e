from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MeetingCreate")



@_attrs_define
class MeetingCreate:
    """ 
        Attributes:
            agenda (list[str]):
            body_code (str):
            held_on (datetime.date):
     """

    agenda: list[str]
    body_code: str
    held_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        agenda = self.agenda



        body_code = self.body_code

        held_on = self.held_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agenda": agenda,
            "body_code": body_code,
            "held_on": held_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agenda = cast(list[str], d.pop("agenda"))


        body_code = d.pop("body_code")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        meeting_create = cls(
            agenda=agenda,
            body_code=body_code,
            held_on=held_on,
        )

        return meeting_create

