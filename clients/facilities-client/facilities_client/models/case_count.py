from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CaseCount")



@_attrs_define
class CaseCount:
    """ Counts only: what anyone but a social worker may know of the social service's activity.

        Attributes:
            closed (int):
            open_ (int):
            total (int):
            unit_code (str):
     """

    closed: int
    open_: int
    total: int
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        closed = self.closed

        open_ = self.open_

        total = self.total

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "closed": closed,
            "open": open_,
            "total": total,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closed = d.pop("closed")

        open_ = d.pop("open")

        total = d.pop("total")

        unit_code = d.pop("unit_code")

        case_count = cls(
            closed=closed,
            open_=open_,
            total=total,
            unit_code=unit_code,
        )


        case_count.additional_properties = d
        return case_count

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
