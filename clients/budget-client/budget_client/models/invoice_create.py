from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="InvoiceCreate")



@_attrs_define
class InvoiceCreate:
    """ 
        Attributes:
            amount_ht (float | str):
            amount_ttc (float | str):
            commitment_id (int):
            number (str):
            received_on (datetime.date): Receipt of the invoice: starts the payment period.
            supplier (str):
     """

    amount_ht: float | str
    amount_ttc: float | str
    commitment_id: int
    number: str
    received_on: datetime.date
    supplier: str





    def to_dict(self) -> dict[str, Any]:
        amount_ht: float | str
        amount_ht = self.amount_ht

        amount_ttc: float | str
        amount_ttc = self.amount_ttc

        commitment_id = self.commitment_id

        number = self.number

        received_on = self.received_on.isoformat()

        supplier = self.supplier


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_ht": amount_ht,
            "amount_ttc": amount_ttc,
            "commitment_id": commitment_id,
            "number": number,
            "received_on": received_on,
            "supplier": supplier,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount_ht(data: object) -> float | str:
            return cast(float | str, data)

        amount_ht = _parse_amount_ht(d.pop("amount_ht"))


        def _parse_amount_ttc(data: object) -> float | str:
            return cast(float | str, data)

        amount_ttc = _parse_amount_ttc(d.pop("amount_ttc"))


        commitment_id = d.pop("commitment_id")

        number = d.pop("number")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        supplier = d.pop("supplier")

        invoice_create = cls(
            amount_ht=amount_ht,
            amount_ttc=amount_ttc,
            commitment_id=commitment_id,
            number=number,
            received_on=received_on,
            supplier=supplier,
        )

        return invoice_create

