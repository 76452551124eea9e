from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from ..models.risk_colour import RiskColour
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.month_risk import MonthRisk
  from ..models.staff_risk import StaffRisk





T = TypeVar("T", bound="PhaseRisk")



@_attrs_define
class PhaseRisk:
    """ 
        Attributes:
            colour (RiskColour):
            end (datetime.date):
            months (list[MonthRisk]):
            phase_code (PhaseCode): GSBPM phases, in process order.
            staff (list[StaffRisk]):
            start (datetime.date):
     """

    colour: RiskColour
    end: datetime.date
    months: list[MonthRisk]
    phase_code: PhaseCode
    staff: list[StaffRisk]
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.month_risk import MonthRisk # noqa: PLC0415
        from ..models.staff_risk import StaffRisk # noqa: PLC0415
        colour = self.colour.value

        end = self.end.isoformat()

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)



        phase_code = self.phase_code.value

        staff = []
        for staff_item_data in self.staff:
            staff_item = staff_item_data.to_dict()
            staff.append(staff_item)



        start = self.start.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "colour": colour,
            "end": end,
            "months": months,
            "phase_code": phase_code,
            "staff": staff,
            "start": start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.month_risk import MonthRisk # noqa: PLC0415
        from ..models.staff_risk import StaffRisk # noqa: PLC0415
        d = dict(src_dict)
        colour = RiskColour(d.pop("colour"))




        end = datetime.date.fromisoformat(d.pop("end"))




        months = []
        _months = d.pop("months")
        for months_item_data in (_months):
            months_item = MonthRisk.from_dict(months_item_data)



            months.append(months_item)


        phase_code = PhaseCode(d.pop("phase_code"))




        staff = []
        _staff = d.pop("staff")
        for staff_item_data in (_staff):
            staff_item = StaffRisk.from_dict(staff_item_data)



            staff.append(staff_item)


        start = datetime.date.fromisoformat(d.pop("start"))




        phase_risk = cls(
            colour=colour,
            end=end,
            months=months,
            phase_code=phase_code,
            staff=staff,
            start=start,
        )


        phase_risk.additional_properties = d
        return phase_risk

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
