from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="YearCloseRequest")



@_attrs_define
class YearCloseRequest:
    """ 
        Attributes:
            confirm (bool): Must be true: closing a year cannot be undone here.
     """

    confirm: bool





    def to_dict(self) -> dict[str, Any]:
        confirm = self.confirm


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "confirm": confirm,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm = d.pop("confirm")

        year_close_request = cls(
            confirm=confirm,
        )

        return year_close_request

