from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PaymentTime")



@_attrs_define
class PaymentTime:
    """ Average payment time of a unit in a month (by payment date).

        Attributes:
            average_days_to_pay (float | str):
            late_payments (int):
            month (str):
            payments (int):
            unit_code (str):
     """

    average_days_to_pay: float | str
    late_payments: int
    month: str
    payments: int
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_days_to_pay: float | str
        average_days_to_pay = self.average_days_to_pay

        late_payments = self.late_payments

        month = self.month

        payments = self.payments

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_days_to_pay": average_days_to_pay,
            "late_payments": late_payments,
            "month": month,
            "payments": payments,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_average_days_to_pay(data: object) -> float | str:
            return cast(float | str, data)

        average_days_to_pay = _parse_average_days_to_pay(d.pop("average_days_to_pay"))


        late_payments = d.pop("late_payments")

        month = d.pop("month")

        payments = d.pop("payments")

        unit_code = d.pop("unit_code")

        payment_time = cls(
            average_days_to_pay=average_days_to_pay,
            late_payments=late_payments,
            month=month,
            payments=payments,
            unit_code=unit_code,
        )


        payment_time.additional_properties = d
        return payment_time

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
