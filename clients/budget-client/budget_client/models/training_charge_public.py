from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TrainingChargePublic")



@_attrs_define
class TrainingChargePublic:
    """ 
        Attributes:
            agent_id (str):
            commitment_id (int):
            completed_on (datetime.date):
            completion_id (str):
            cost (float | str):
            course_code (str):
            id (int):
            overrun (bool): Booked although the line had not enough AE/CP.
            recorded_at (datetime.datetime):
            unit_code (str):
     """

    agent_id: str
    commitment_id: int
    completed_on: datetime.date
    completion_id: str
    cost: float | str
    course_code: str
    id: int
    overrun: bool
    recorded_at: datetime.datetime
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        commitment_id = self.commitment_id

        completed_on = self.completed_on.isoformat()

        completion_id = self.completion_id

        cost: float | str
        cost = self.cost

        course_code = self.course_code

        id = self.id

        overrun = self.overrun

        recorded_at = self.recorded_at.isoformat()

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "commitment_id": commitment_id,
            "completed_on": completed_on,
            "completion_id": completion_id,
            "cost": cost,
            "course_code": course_code,
            "id": id,
            "overrun": overrun,
            "recorded_at": recorded_at,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        commitment_id = d.pop("commitment_id")

        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))




        completion_id = d.pop("completion_id")

        def _parse_cost(data: object) -> float | str:
            return cast(float | str, data)

        cost = _parse_cost(d.pop("cost"))


        course_code = d.pop("course_code")

        id = d.pop("id")

        overrun = d.pop("overrun")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        unit_code = d.pop("unit_code")

        training_charge_public = cls(
            agent_id=agent_id,
            commitment_id=commitment_id,
            completed_on=completed_on,
            completion_id=completion_id,
            cost=cost,
            course_code=course_code,
            id=id,
            overrun=overrun,
            recorded_at=recorded_at,
            unit_code=unit_code,
        )


        training_charge_public.additional_properties = d
        return training_charge_public

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
