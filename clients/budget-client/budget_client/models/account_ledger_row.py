from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AccountLedgerRow")



@_attrs_define
class AccountLedgerRow:
    """ 
        Attributes:
            credit (float | str):
            debit (float | str):
            entry_date (datetime.date):
            entry_id (int):
            label (str):
            period (str):
            running_balance (float | str):
            source (str):
            unit_code (None | str):
     """

    credit: float | str
    debit: float | str
    entry_date: datetime.date
    entry_id: int
    label: str
    period: str
    running_balance: float | str
    source: str
    unit_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        credit: float | str
        credit = self.credit

        debit: float | str
        debit = self.debit

        entry_date = self.entry_date.isoformat()

        entry_id = self.entry_id

        label = self.label

        period = self.period

        running_balance: float | str
        running_balance = self.running_balance

        source = self.source

        unit_code: None | str
        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "credit": credit,
            "debit": debit,
            "entry_date": entry_date,
            "entry_id": entry_id,
            "label": label,
            "period": period,
            "running_balance": running_balance,
            "source": source,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_credit(data: object) -> float | str:
            return cast(float | str, data)

        credit = _parse_credit(d.pop("credit"))


        def _parse_debit(data: object) -> float | str:
            return cast(float | str, data)

        debit = _parse_debit(d.pop("debit"))


        entry_date = datetime.date.fromisoformat(d.pop("entry_date"))




        entry_id = d.pop("entry_id")

        label = d.pop("label")

        period = d.pop("period")

        def _parse_running_balance(data: object) -> float | str:
            return cast(float | str, data)

        running_balance = _parse_running_balance(d.pop("running_balance"))


        source = d.pop("source")

        def _parse_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_code = _parse_unit_code(d.pop("unit_code"))


        account_ledger_row = cls(
            credit=credit,
            debit=debit,
            entry_date=entry_date,
            entry_id=entry_id,
            label=label,
            period=period,
            running_balance=running_balance,
            source=source,
            unit_code=unit_code,
        )


        account_ledger_row.additional_properties = d
        return account_ledger_row

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
