from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_colour import RiskColour
from typing import cast






T = TypeVar("T", bound="StaffRisk")



@_attrs_define
class StaffRisk:
    """ 
        Attributes:
            available_staff_days (float | str):
            colour (RiskColour):
            reason (str):
            staff_days (float | str):
            unit_code (str):
     """

    available_staff_days: float | str
    colour: RiskColour
    reason: str
    staff_days: float | str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        available_staff_days: float | str
        available_staff_days = self.available_staff_days

        colour = self.colour.value

        reason = self.reason

        staff_days: float | str
        staff_days = self.staff_days

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "available_staff_days": available_staff_days,
            "colour": colour,
            "reason": reason,
            "staff_days": staff_days,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_available_staff_days(data: object) -> float | str:
            return cast(float | str, data)

        available_staff_days = _parse_available_staff_days(d.pop("available_staff_days"))


        colour = RiskColour(d.pop("colour"))




        reason = d.pop("reason")

        def _parse_staff_days(data: object) -> float | str:
            return cast(float | str, data)

        staff_days = _parse_staff_days(d.pop("staff_days"))


        unit_code = d.pop("unit_code")

        staff_risk = cls(
            available_staff_days=available_staff_days,
            colour=colour,
            reason=reason,
            staff_days=staff_days,
            unit_code=unit_code,
        )


        staff_risk.additional_properties = d
        return staff_risk

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
