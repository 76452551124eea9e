from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="EntryLinePublic")



@_attrs_define
class EntryLinePublic:
    """ 
        Attributes:
            account_code (str):
            credit (float | str):
            debit (float | str):
     """

    account_code: str
    credit: float | str
    debit: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_code = self.account_code

        credit: float | str
        credit = self.credit

        debit: float | str
        debit = self.debit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_code": account_code,
            "credit": credit,
            "debit": debit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_code = d.pop("account_code")

        def _parse_credit(data: object) -> float | str:
            return cast(float | str, data)

        credit = _parse_credit(d.pop("credit"))


        def _parse_debit(data: object) -> float | str:
            return cast(float | str, data)

        debit = _parse_debit(d.pop("debit"))


        entry_line_public = cls(
            account_code=account_code,
            credit=credit,
            debit=debit,
        )


        entry_line_public.additional_properties = d
        return entry_line_public

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
