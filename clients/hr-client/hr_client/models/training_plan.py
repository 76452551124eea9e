from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.plan_line import PlanLine





T = TypeVar("T", bound="TrainingPlan")



@_attrs_define
class TrainingPlan:
    """ Plan de formation of a unit (and its descendants): planned vs done, with the envelope.

        Attributes:
            done_cost (float | str):
            done_hours (float | str):
            envelope_ae (float | None | str): T3 AE notified by budget (budget.allocated).
            envelope_cp (float | None | str): T3 CP notified by budget.
            envelope_remaining_cp (float | None | str): envelope_cp − done_cost.
            lines (list[PlanLine]):
            planned_cost (float | str):
            planned_hours (float | str):
            unit_code (str):
            year (int):
     """

    done_cost: float | str
    done_hours: float | str
    envelope_ae: float | None | str
    envelope_cp: float | None | str
    envelope_remaining_cp: float | None | str
    lines: list[PlanLine]
    planned_cost: float | str
    planned_hours: float | str
    unit_code: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_line import PlanLine # noqa: PLC0415
        done_cost: float | str
        done_cost = self.done_cost

        done_hours: float | str
        done_hours = self.done_hours

        envelope_ae: float | None | str
        envelope_ae = self.envelope_ae

        envelope_cp: float | None | str
        envelope_cp = self.envelope_cp

        envelope_remaining_cp: float | None | str
        envelope_remaining_cp = self.envelope_remaining_cp

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        planned_cost: float | str
        planned_cost = self.planned_cost

        planned_hours: float | str
        planned_hours = self.planned_hours

        unit_code = self.unit_code

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "done_cost": done_cost,
            "done_hours": done_hours,
            "envelope_ae": envelope_ae,
            "envelope_cp": envelope_cp,
            "envelope_remaining_cp": envelope_remaining_cp,
            "lines": lines,
            "planned_cost": planned_cost,
            "planned_hours": planned_hours,
            "unit_code": unit_code,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_line import PlanLine # noqa: PLC0415
        d = dict(src_dict)
        def _parse_done_cost(data: object) -> float | str:
            return cast(float | str, data)

        done_cost = _parse_done_cost(d.pop("done_cost"))


        def _parse_done_hours(data: object) -> float | str:
            return cast(float | str, data)

        done_hours = _parse_done_hours(d.pop("done_hours"))


        def _parse_envelope_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        envelope_ae = _parse_envelope_ae(d.pop("envelope_ae"))


        def _parse_envelope_cp(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        envelope_cp = _parse_envelope_cp(d.pop("envelope_cp"))


        def _parse_envelope_remaining_cp(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        envelope_remaining_cp = _parse_envelope_remaining_cp(d.pop("envelope_remaining_cp"))


        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = PlanLine.from_dict(lines_item_data)



            lines.append(lines_item)


        def _parse_planned_cost(data: object) -> float | str:
            return cast(float | str, data)

        planned_cost = _parse_planned_cost(d.pop("planned_cost"))


        def _parse_planned_hours(data: object) -> float | str:
            return cast(float | str, data)

        planned_hours = _parse_planned_hours(d.pop("planned_hours"))


        unit_code = d.pop("unit_code")

        year = d.pop("year")

        training_plan = cls(
            done_cost=done_cost,
            done_hours=done_hours,
            envelope_ae=envelope_ae,
            envelope_cp=envelope_cp,
            envelope_remaining_cp=envelope_remaining_cp,
            lines=lines,
            planned_cost=planned_cost,
            planned_hours=planned_hours,
            unit_code=unit_code,
            year=year,
        )


        training_plan.additional_properties = d
        return training_plan

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
