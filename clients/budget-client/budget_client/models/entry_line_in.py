from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EntryLineIn")



@_attrs_define
class EntryLineIn:
    """ 
        Attributes:
            account (str):
            credit (float | str | Unset):  Default: 0.0.
            debit (float | str | Unset):  Default: 0.0.
     """

    account: str
    credit: float | str | Unset = 0.0
    debit: float | str | Unset = 0.0





    def to_dict(self) -> dict[str, Any]:
        account = self.account

        credit: float | str | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        debit: float | str | Unset
        if isinstance(self.debit, Unset):
            debit = UNSET
        else:
            debit = self.debit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "account": account,
        })
        if credit is not UNSET:
            field_dict["credit"] = credit
        if debit is not UNSET:
            field_dict["debit"] = debit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        def _parse_credit(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        credit = _parse_credit(d.pop("credit", UNSET))


        def _parse_debit(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        debit = _parse_debit(d.pop("debit", UNSET))


        entry_line_in = cls(
            account=account,
            credit=credit,
            debit=debit,
        )

        return entry_line_in

