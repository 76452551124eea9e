from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_colour import RiskColour
from typing import cast

if TYPE_CHECKING:
  from ..models.centre_risk import CentreRisk





T = TypeVar("T", bound="MonthRisk")



@_attrs_define
class MonthRisk:
    """ 
        Attributes:
            centres (list[CentreRisk]):
            colour (RiskColour):
            month (str):
            reasons (list[str]):
     """

    centres: list[CentreRisk]
    colour: RiskColour
    month: str
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.centre_risk import CentreRisk # noqa: PLC0415
        centres = []
        for centres_item_data in self.centres:
            centres_item = centres_item_data.to_dict()
            centres.append(centres_item)



        colour = self.colour.value

        month = self.month

        reasons = self.reasons




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "centres": centres,
            "colour": colour,
            "month": month,
            "reasons": reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.centre_risk import CentreRisk # noqa: PLC0415
        d = dict(src_dict)
        centres = []
        _centres = d.pop("centres")
        for centres_item_data in (_centres):
            centres_item = CentreRisk.from_dict(centres_item_data)



            centres.append(centres_item)


        colour = RiskColour(d.pop("colour"))




        month = d.pop("month")

        reasons = cast(list[str], d.pop("reasons"))


        month_risk = cls(
            centres=centres,
            colour=colour,
            month=month,
            reasons=reasons,
        )


        month_risk.additional_properties = d
        return month_risk

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
