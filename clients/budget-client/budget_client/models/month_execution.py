from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="MonthExecution")



@_attrs_define
class MonthExecution:
    """ 
        Attributes:
            ae_consumed (float | str): Net AE committed in the month (reductions subtract).
            allocated_ae (float | str): Allocated (net of transfers, annulations) at month end.
            allocated_cp (float | str):
            cp_consumed (float | str): CP paid in the month.
            cp_to_pay (float | str): CP still to pay on open commitments at month end.
            cumulative_ae (float | str):
            cumulative_cp (float | str):
            execution_rate_ae (float | None | str): cumulative AE ÷ allocated AE.
            execution_rate_cp (float | None | str): cumulative CP ÷ allocated CP.
            forecast_cp_cumulative (float | str): Forecast CP of the year spread evenly: forecast × month ÷ 12.
            month (int):
     """

    ae_consumed: float | str
    allocated_ae: float | str
    allocated_cp: float | str
    cp_consumed: float | str
    cp_to_pay: float | str
    cumulative_ae: float | str
    cumulative_cp: float | str
    execution_rate_ae: float | None | str
    execution_rate_cp: float | None | str
    forecast_cp_cumulative: float | str
    month: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ae_consumed: float | str
        ae_consumed = self.ae_consumed

        allocated_ae: float | str
        allocated_ae = self.allocated_ae

        allocated_cp: float | str
        allocated_cp = self.allocated_cp

        cp_consumed: float | str
        cp_consumed = self.cp_consumed

        cp_to_pay: float | str
        cp_to_pay = self.cp_to_pay

        cumulative_ae: float | str
        cumulative_ae = self.cumulative_ae

        cumulative_cp: float | str
        cumulative_cp = self.cumulative_cp

        execution_rate_ae: float | None | str
        execution_rate_ae = self.execution_rate_ae

        execution_rate_cp: float | None | str
        execution_rate_cp = self.execution_rate_cp

        forecast_cp_cumulative: float | str
        forecast_cp_cumulative = self.forecast_cp_cumulative

        month = self.month


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ae_consumed": ae_consumed,
            "allocated_ae": allocated_ae,
            "allocated_cp": allocated_cp,
            "cp_consumed": cp_consumed,
            "cp_to_pay": cp_to_pay,
            "cumulative_ae": cumulative_ae,
            "cumulative_cp": cumulative_cp,
            "execution_rate_ae": execution_rate_ae,
            "execution_rate_cp": execution_rate_cp,
            "forecast_cp_cumulative": forecast_cp_cumulative,
            "month": month,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ae_consumed(data: object) -> float | str:
            return cast(float | str, data)

        ae_consumed = _parse_ae_consumed(d.pop("ae_consumed"))


        def _parse_allocated_ae(data: object) -> float | str:
            return cast(float | str, data)

        allocated_ae = _parse_allocated_ae(d.pop("allocated_ae"))


        def _parse_allocated_cp(data: object) -> float | str:
            return cast(float | str, data)

        allocated_cp = _parse_allocated_cp(d.pop("allocated_cp"))


        def _parse_cp_consumed(data: object) -> float | str:
            return cast(float | str, data)

        cp_consumed = _parse_cp_consumed(d.pop("cp_consumed"))


        def _parse_cp_to_pay(data: object) -> float | str:
            return cast(float | str, data)

        cp_to_pay = _parse_cp_to_pay(d.pop("cp_to_pay"))


        def _parse_cumulative_ae(data: object) -> float | str:
            return cast(float | str, data)

        cumulative_ae = _parse_cumulative_ae(d.pop("cumulative_ae"))


        def _parse_cumulative_cp(data: object) -> float | str:
            return cast(float | str, data)

        cumulative_cp = _parse_cumulative_cp(d.pop("cumulative_cp"))


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


        def _parse_forecast_cp_cumulative(data: object) -> float | str:
            return cast(float | str, data)

        forecast_cp_cumulative = _parse_forecast_cp_cumulative(d.pop("forecast_cp_cumulative"))


        month = d.pop("month")

        month_execution = cls(
            ae_consumed=ae_consumed,
            allocated_ae=allocated_ae,
            allocated_cp=allocated_cp,
            cp_consumed=cp_consumed,
            cp_to_pay=cp_to_pay,
            cumulative_ae=cumulative_ae,
            cumulative_cp=cumulative_cp,
            execution_rate_ae=execution_rate_ae,
            execution_rate_cp=execution_rate_cp,
            forecast_cp_cumulative=forecast_cp_cumulative,
            month=month,
        )


        month_execution.additional_properties = d
        return month_execution

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
