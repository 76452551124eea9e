from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.account_ledger_row import AccountLedgerRow





T = TypeVar("T", bound="AccountLedger")



@_attrs_define
class AccountLedger:
    """ 
        Attributes:
            account (str):
            balance (float | str):
            label (str):
            rows (list[AccountLedgerRow]):
            total_credit (float | str):
            total_debit (float | str):
     """

    account: str
    balance: float | str
    label: str
    rows: list[AccountLedgerRow]
    total_credit: float | str
    total_debit: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.account_ledger_row import AccountLedgerRow # noqa: PLC0415
        account = self.account

        balance: float | str
        balance = self.balance

        label = self.label

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        total_credit: float | str
        total_credit = self.total_credit

        total_debit: float | str
        total_debit = self.total_debit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account": account,
            "balance": balance,
            "label": label,
            "rows": rows,
            "total_credit": total_credit,
            "total_debit": total_debit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ledger_row import AccountLedgerRow # noqa: PLC0415
        d = dict(src_dict)
        account = d.pop("account")

        def _parse_balance(data: object) -> float | str:
            return cast(float | str, data)

        balance = _parse_balance(d.pop("balance"))


        label = d.pop("label")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = AccountLedgerRow.from_dict(rows_item_data)



            rows.append(rows_item)


        def _parse_total_credit(data: object) -> float | str:
            return cast(float | str, data)

        total_credit = _parse_total_credit(d.pop("total_credit"))


        def _parse_total_debit(data: object) -> float | str:
            return cast(float | str, data)

        total_debit = _parse_total_debit(d.pop("total_debit"))


        account_ledger = cls(
            account=account,
            balance=balance,
            label=label,
            rows=rows,
            total_credit=total_credit,
            total_debit=total_debit,
        )


        account_ledger.additional_properties = d
        return account_ledger

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
