from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AssessmentCreate")



@_attrs_define
class AssessmentCreate:
    """ 
        Attributes:
            unit_code (str):
            year (int):
     """

    unit_code: str
    year: int





    def to_dict(self) -> dict[str, Any]:
        unit_code = self.unit_code

        year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "unit_code": unit_code,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_code = d.pop("unit_code")

        year = d.pop("year")

        assessment_create = cls(
            unit_code=unit_code,
            year=year,
        )

        return assessment_create

