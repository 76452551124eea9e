from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PaymentPublic")



@_attrs_define
class PaymentPublic:
    """ 
        Attributes:
            advance (float | str): Part paid before service fait (avance).
            amount (float | str):
            commitment_id (int):
            days_late (int):
            days_to_pay (int):
            fixed_fee (float | str):
            id (int):
            interest (float | str):
            invoice_id (int):
            paid_by (str):
            paid_on (datetime.date):
            recorded_at (datetime.datetime):
            unit_code (str):
     """

    advance: float | str
    amount: float | str
    commitment_id: int
    days_late: int
    days_to_pay: int
    fixed_fee: float | str
    id: int
    interest: float | str
    invoice_id: int
    paid_by: str
    paid_on: datetime.date
    recorded_at: datetime.datetime
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        advance: float | str
        advance = self.advance

        amount: float | str
        amount = self.amount

        commitment_id = self.commitment_id

        days_late = self.days_late

        days_to_pay = self.days_to_pay

        fixed_fee: float | str
        fixed_fee = self.fixed_fee

        id = self.id

        interest: float | str
        interest = self.interest

        invoice_id = self.invoice_id

        paid_by = self.paid_by

        paid_on = self.paid_on.isoformat()

        recorded_at = self.recorded_at.isoformat()

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "advance": advance,
            "amount": amount,
            "commitment_id": commitment_id,
            "days_late": days_late,
            "days_to_pay": days_to_pay,
            "fixed_fee": fixed_fee,
            "id": id,
            "interest": interest,
            "invoice_id": invoice_id,
            "paid_by": paid_by,
            "paid_on": paid_on,
            "recorded_at": recorded_at,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_advance(data: object) -> float | str:
            return cast(float | str, data)

        advance = _parse_advance(d.pop("advance"))


        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        commitment_id = d.pop("commitment_id")

        days_late = d.pop("days_late")

        days_to_pay = d.pop("days_to_pay")

        def _parse_fixed_fee(data: object) -> float | str:
            return cast(float | str, data)

        fixed_fee = _parse_fixed_fee(d.pop("fixed_fee"))


        id = d.pop("id")

        def _parse_interest(data: object) -> float | str:
            return cast(float | str, data)

        interest = _parse_interest(d.pop("interest"))


        invoice_id = d.pop("invoice_id")

        paid_by = d.pop("paid_by")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))




        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        unit_code = d.pop("unit_code")

        payment_public = cls(
            advance=advance,
            amount=amount,
            commitment_id=commitment_id,
            days_late=days_late,
            days_to_pay=days_to_pay,
            fixed_fee=fixed_fee,
            id=id,
            interest=interest,
            invoice_id=invoice_id,
            paid_by=paid_by,
            paid_on=paid_on,
            recorded_at=recorded_at,
            unit_code=unit_code,
        )


        payment_public.additional_properties = d
        return payment_public

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
