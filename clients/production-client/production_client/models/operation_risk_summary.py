from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_colour import RiskColour
from typing import cast

if TYPE_CHECKING:
  from ..models.month_colour import MonthColour





T = TypeVar("T", bound="OperationRiskSummary")



@_attrs_define
class OperationRiskSummary:
    """ 
        Attributes:
            code (str):
            colour (RiskColour):
            months (list[MonthColour]): Worst colour of the operation's phases, by month.
            name (str):
            operation_id (int):
            reasons (list[str]): The reasons behind the worst colour.
     """

    code: str
    colour: RiskColour
    months: list[MonthColour]
    name: str
    operation_id: int
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.month_colour import MonthColour # noqa: PLC0415
        code = self.code

        colour = self.colour.value

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)



        name = self.name

        operation_id = self.operation_id

        reasons = self.reasons




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "colour": colour,
            "months": months,
            "name": name,
            "operation_id": operation_id,
            "reasons": reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.month_colour import MonthColour # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        colour = RiskColour(d.pop("colour"))




        months = []
        _months = d.pop("months")
        for months_item_data in (_months):
            months_item = MonthColour.from_dict(months_item_data)



            months.append(months_item)


        name = d.pop("name")

        operation_id = d.pop("operation_id")

        reasons = cast(list[str], d.pop("reasons"))


        operation_risk_summary = cls(
            code=code,
            colour=colour,
            months=months,
            name=name,
            operation_id=operation_id,
            reasons=reasons,
        )


        operation_risk_summary.additional_properties = d
        return operation_risk_summary

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
