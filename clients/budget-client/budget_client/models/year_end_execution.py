from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="YearEndExecution")



@_attrs_define
class YearEndExecution:
    """ Retrospective: what a group consumed over the year, carried over, and vs forecast.

        Attributes:
            action (None | str):
            ae_consumed (float | str):
            allocated_ae (float | str):
            allocated_cp (float | str):
            carry_over (float | str): AE committed not yet paid: CP to pay next year.
            cp_consumed (float | str):
            execution_rate_ae (float | None | str):
            execution_rate_cp (float | None | str):
            fiscal_year (int):
            forecast_ae (float | str):
            forecast_cp (float | str):
            title (None | str):
            unit_code (None | str):
            variance_ae (float | str): consumed − forecast
            variance_cp (float | str):
     """

    action: None | str
    ae_consumed: float | str
    allocated_ae: float | str
    allocated_cp: float | str
    carry_over: float | str
    cp_consumed: float | str
    execution_rate_ae: float | None | str
    execution_rate_cp: float | None | str
    fiscal_year: int
    forecast_ae: float | str
    forecast_cp: float | str
    title: None | str
    unit_code: None | str
    variance_ae: float | str
    variance_cp: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action: None | str
        action = self.action

        ae_consumed: float | str
        ae_consumed = self.ae_consumed

        allocated_ae: float | str
        allocated_ae = self.allocated_ae

        allocated_cp: float | str
        allocated_cp = self.allocated_cp

        carry_over: float | str
        carry_over = self.carry_over

        cp_consumed: float | str
        cp_consumed = self.cp_consumed

        execution_rate_ae: float | None | str
        execution_rate_ae = self.execution_rate_ae

        execution_rate_cp: float | None | str
        execution_rate_cp = self.execution_rate_cp

        fiscal_year = self.fiscal_year

        forecast_ae: float | str
        forecast_ae = self.forecast_ae

        forecast_cp: float | str
        forecast_cp = self.forecast_cp

        title: None | str
        title = self.title

        unit_code: None | str
        unit_code = self.unit_code

        variance_ae: float | str
        variance_ae = self.variance_ae

        variance_cp: float | str
        variance_cp = self.variance_cp


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "ae_consumed": ae_consumed,
            "allocated_ae": allocated_ae,
            "allocated_cp": allocated_cp,
            "carry_over": carry_over,
            "cp_consumed": cp_consumed,
            "execution_rate_ae": execution_rate_ae,
            "execution_rate_cp": execution_rate_cp,
            "fiscal_year": fiscal_year,
            "forecast_ae": forecast_ae,
            "forecast_cp": forecast_cp,
            "title": title,
            "unit_code": unit_code,
            "variance_ae": variance_ae,
            "variance_cp": variance_cp,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("action"))


        def _parse_ae_consumed(data: object) -> float | str:
            return cast(float | str, data)

        ae_consumed = _parse_ae_consumed(d.pop("ae_consumed"))


        def _parse_allocated_ae(data: object) -> float | str:
            return cast(float | str, data)

        allocated_ae = _parse_allocated_ae(d.pop("allocated_ae"))


        def _parse_allocated_cp(data: object) -> float | str:
            return cast(float | str, data)

        allocated_cp = _parse_allocated_cp(d.pop("allocated_cp"))


        def _parse_carry_over(data: object) -> float | str:
            return cast(float | str, data)

        carry_over = _parse_carry_over(d.pop("carry_over"))


        def _parse_cp_consumed(data: object) -> float | str:
            return cast(float | str, data)

        cp_consumed = _parse_cp_consumed(d.pop("cp_consumed"))


        def _parse_execution_rate_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        execution_rate_ae = _parse_execution_rate_ae(d.pop("execution_rate_ae"))


        def _parse_execution_rate_cp(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        execution_rate_cp = _parse_execution_rate_cp(d.pop("execution_rate_cp"))


        fiscal_year = d.pop("fiscal_year")

        def _parse_forecast_ae(data: object) -> float | str:
            return cast(float | str, data)

        forecast_ae = _parse_forecast_ae(d.pop("forecast_ae"))


        def _parse_forecast_cp(data: object) -> float | str:
            return cast(float | str, data)

        forecast_cp = _parse_forecast_cp(d.pop("forecast_cp"))


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


        def _parse_variance_ae(data: object) -> float | str:
            return cast(float | str, data)

        variance_ae = _parse_variance_ae(d.pop("variance_ae"))


        def _parse_variance_cp(data: object) -> float | str:
            return cast(float | str, data)

        variance_cp = _parse_variance_cp(d.pop("variance_cp"))


        year_end_execution = cls(
            action=action,
            ae_consumed=ae_consumed,
            allocated_ae=allocated_ae,
            allocated_cp=allocated_cp,
            carry_over=carry_over,
            cp_consumed=cp_consumed,
            execution_rate_ae=execution_rate_ae,
            execution_rate_cp=execution_rate_cp,
            fiscal_year=fiscal_year,
            forecast_ae=forecast_ae,
            forecast_cp=forecast_cp,
            title=title,
            unit_code=unit_code,
            variance_ae=variance_ae,
            variance_cp=variance_cp,
        )


        year_end_execution.additional_properties = d
        return year_end_execution

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
