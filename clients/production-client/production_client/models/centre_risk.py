from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_colour import RiskColour
from typing import cast






T = TypeVar("T", bound="CentreRisk")



@_attrs_define
class CentreRisk:
    """ 
        Attributes:
            capacity (float | None | str):
            centre_code (str):
            colour (RiskColour):
            demand (float | None | str):
            need (float | str): This operation's person-days at the centre this month.
            plan_id (None | str):
            plan_version (int | None):
            projected_load (float | None | str): max(plan demand, this need) / capacity, 4 places.
            reason (str):
     """

    capacity: float | None | str
    centre_code: str
    colour: RiskColour
    demand: float | None | str
    need: float | str
    plan_id: None | str
    plan_version: int | None
    projected_load: float | None | str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        capacity: float | None | str
        capacity = self.capacity

        centre_code = self.centre_code

        colour = self.colour.value

        demand: float | None | str
        demand = self.demand

        need: float | str
        need = self.need

        plan_id: None | str
        plan_id = self.plan_id

        plan_version: int | None
        plan_version = self.plan_version

        projected_load: float | None | str
        projected_load = self.projected_load

        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "capacity": capacity,
            "centre_code": centre_code,
            "colour": colour,
            "demand": demand,
            "need": need,
            "plan_id": plan_id,
            "plan_version": plan_version,
            "projected_load": projected_load,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_capacity(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        capacity = _parse_capacity(d.pop("capacity"))


        centre_code = d.pop("centre_code")

        colour = RiskColour(d.pop("colour"))




        def _parse_demand(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        demand = _parse_demand(d.pop("demand"))


        def _parse_need(data: object) -> float | str:
            return cast(float | str, data)

        need = _parse_need(d.pop("need"))


        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))


        def _parse_plan_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        plan_version = _parse_plan_version(d.pop("plan_version"))


        def _parse_projected_load(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        projected_load = _parse_projected_load(d.pop("projected_load"))


        reason = d.pop("reason")

        centre_risk = cls(
            capacity=capacity,
            centre_code=centre_code,
            colour=colour,
            demand=demand,
            need=need,
            plan_id=plan_id,
            plan_version=plan_version,
            projected_load=projected_load,
            reason=reason,
        )


        centre_risk.additional_properties = d
        return centre_risk

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
