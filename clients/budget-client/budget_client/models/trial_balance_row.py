from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="TrialBalanceRow")



@_attrs_define
class TrialBalanceRow:
    """ 
        Attributes:
            account (str):
            balance (float | str): debit − credit
            credit (float | str):
            debit (float | str):
            label (str):
     """

    account: str
    balance: float | str
    credit: float | str
    debit: float | str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account = self.account

        balance: float | str
        balance = self.balance

        credit: float | str
        credit = self.credit

        debit: float | str
        debit = self.debit

        label = self.label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account": account,
            "balance": balance,
            "credit": credit,
            "debit": debit,
            "label": label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        def _parse_balance(data: object) -> float | str:
            return cast(float | str, data)

        balance = _parse_balance(d.pop("balance"))


        def _parse_credit(data: object) -> float | str:
            return cast(float | str, data)

        credit = _parse_credit(d.pop("credit"))


        def _parse_debit(data: object) -> float | str:
            return cast(float | str, data)

        debit = _parse_debit(d.pop("debit"))


        label = d.pop("label")

        trial_balance_row = cls(
            account=account,
            balance=balance,
            credit=credit,
            debit=debit,
            label=label,
        )


        trial_balance_row.additional_properties = d
        return trial_balance_row

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
