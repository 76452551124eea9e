from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="EtptReportCreate")



@_attrs_define
class EtptReportCreate:
    """ Report a month's ETPT of a unit (publishes ``etpt.reported``).

        Attributes:
            month (int):
            unit_code (str):
            year (int):
     """

    month: int
    unit_code: str
    year: int





    def to_dict(self) -> dict[str, Any]:
        month = self.month

        unit_code = self.unit_code

        year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "month": month,
            "unit_code": unit_code,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        unit_code = d.pop("unit_code")

        year = d.pop("year")

        etpt_report_create = cls(
            month=month,
            unit_code=unit_code,
            year=year,
        )

        return etpt_report_create

