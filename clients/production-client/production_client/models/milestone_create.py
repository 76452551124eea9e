from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from typing import cast
import datetime






T = TypeVar("T", bound="MilestoneCreate")



@_attrs_define
class MilestoneCreate:
    """ 
        Attributes:
            due_on (datetime.date):
            name (str):
            phase_code (PhaseCode): GSBPM phases, in process order.
     """

    due_on: datetime.date
    name: str
    phase_code: PhaseCode





    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        name = self.name

        phase_code = self.phase_code.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_on": due_on,
            "name": name,
            "phase_code": phase_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        name = d.pop("name")

        phase_code = PhaseCode(d.pop("phase_code"))




        milestone_create = cls(
            due_on=due_on,
            name=name,
            phase_code=phase_code,
        )

        return milestone_create

