from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.milestone_public import MilestonePublic
  from ..models.operation_public import OperationPublic
  from ..models.phase_public import PhasePublic
  from ..models.timeline_month import TimelineMonth





T = TypeVar("T", bound="Timeline")



@_attrs_define
class Timeline:
    """ 
        Attributes:
            milestones (list[MilestonePublic]):
            months (list[TimelineMonth]):
            operation (OperationPublic):
            phases (list[PhasePublic]):
            total_it_person_days (float | str):
            total_purchases (float | str):
            total_staff_days (float | str):
     """

    milestones: list[MilestonePublic]
    months: list[TimelineMonth]
    operation: OperationPublic
    phases: list[PhasePublic]
    total_it_person_days: float | str
    total_purchases: float | str
    total_staff_days: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.milestone_public import MilestonePublic # noqa: PLC0415
        from ..models.operation_public import OperationPublic # noqa: PLC0415
        from ..models.phase_public import PhasePublic # noqa: PLC0415
        from ..models.timeline_month import TimelineMonth # noqa: PLC0415
        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)



        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)



        operation = self.operation.to_dict()

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)



        total_it_person_days: float | str
        total_it_person_days = self.total_it_person_days

        total_purchases: float | str
        total_purchases = self.total_purchases

        total_staff_days: float | str
        total_staff_days = self.total_staff_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "milestones": milestones,
            "months": months,
            "operation": operation,
            "phases": phases,
            "total_it_person_days": total_it_person_days,
            "total_purchases": total_purchases,
            "total_staff_days": total_staff_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone_public import MilestonePublic # noqa: PLC0415
        from ..models.operation_public import OperationPublic # noqa: PLC0415
        from ..models.phase_public import PhasePublic # noqa: PLC0415
        from ..models.timeline_month import TimelineMonth # noqa: PLC0415
        d = dict(src_dict)
        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in (_milestones):
            milestones_item = MilestonePublic.from_dict(milestones_item_data)



            milestones.append(milestones_item)


        months = []
        _months = d.pop("months")
        for months_item_data in (_months):
            months_item = TimelineMonth.from_dict(months_item_data)



            months.append(months_item)


        operation = OperationPublic.from_dict(d.pop("operation"))




        phases = []
        _phases = d.pop("phases")
        for phases_item_data in (_phases):
            phases_item = PhasePublic.from_dict(phases_item_data)



            phases.append(phases_item)


        def _parse_total_it_person_days(data: object) -> float | str:
            return cast(float | str, data)

        total_it_person_days = _parse_total_it_person_days(d.pop("total_it_person_days"))


        def _parse_total_purchases(data: object) -> float | str:
            return cast(float | str, data)

        total_purchases = _parse_total_purchases(d.pop("total_purchases"))


        def _parse_total_staff_days(data: object) -> float | str:
            return cast(float | str, data)

        total_staff_days = _parse_total_staff_days(d.pop("total_staff_days"))


        timeline = cls(
            milestones=milestones,
            months=months,
            operation=operation,
            phases=phases,
            total_it_person_days=total_it_person_days,
            total_purchases=total_purchases,
            total_staff_days=total_staff_days,
        )


        timeline.additional_properties = d
        return timeline

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
