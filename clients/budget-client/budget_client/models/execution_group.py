from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.month_execution import MonthExecution





T = TypeVar("T", bound="ExecutionGroup")



@_attrs_define
class ExecutionGroup:
    """ Execution of one group (unit × action × title by default) over a year.

        Attributes:
            action (None | str):
            fiscal_year (int):
            forecast_ae (float | str):
            forecast_cp (float | str):
            months (list[MonthExecution]):
            title (None | str):
            unit_code (None | str):
     """

    action: None | str
    fiscal_year: int
    forecast_ae: float | str
    forecast_cp: float | str
    months: list[MonthExecution]
    title: None | str
    unit_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.month_execution import MonthExecution # noqa: PLC0415
        action: None | str
        action = self.action

        fiscal_year = self.fiscal_year

        forecast_ae: float | str
        forecast_ae = self.forecast_ae

        forecast_cp: float | str
        forecast_cp = self.forecast_cp

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)



        title: None | str
        title = self.title

        unit_code: None | str
        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "fiscal_year": fiscal_year,
            "forecast_ae": forecast_ae,
            "forecast_cp": forecast_cp,
            "months": months,
            "title": title,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.month_execution import MonthExecution # noqa: PLC0415
        d = dict(src_dict)
        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("action"))


        fiscal_year = d.pop("fiscal_year")

        def _parse_forecast_ae(data: object) -> float | str:
            return cast(float | str, data)

        forecast_ae = _parse_forecast_ae(d.pop("forecast_ae"))


        def _parse_forecast_cp(data: object) -> float | str:
            return cast(float | str, data)

        forecast_cp = _parse_forecast_cp(d.pop("forecast_cp"))


        months = []
        _months = d.pop("months")
        for months_item_data in (_months):
            months_item = MonthExecution.from_dict(months_item_data)



            months.append(months_item)


        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        def _parse_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_code = _parse_unit_code(d.pop("unit_code"))


        execution_group = cls(
            action=action,
            fiscal_year=fiscal_year,
            forecast_ae=forecast_ae,
            forecast_cp=forecast_cp,
            months=months,
            title=title,
            unit_code=unit_code,
        )


        execution_group.additional_properties = d
        return execution_group

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
