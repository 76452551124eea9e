from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ItNeedIn")



@_attrs_define
class ItNeedIn:
    """ 
        Attributes:
            centre_code (str):
            month (str):
            person_days (float | str):
     """

    centre_code: str
    month: str
    person_days: float | str





    def to_dict(self) -> dict[str, Any]:
        centre_code = self.centre_code

        month = self.month

        person_days: float | str
        person_days = self.person_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "centre_code": centre_code,
            "month": month,
            "person_days": person_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        centre_code = d.pop("centre_code")

        month = d.pop("month")

        def _parse_person_days(data: object) -> float | str:
            return cast(float | str, data)

        person_days = _parse_person_days(d.pop("person_days"))


        it_need_in = cls(
            centre_code=centre_code,
            month=month,
            person_days=person_days,
        )

        return it_need_in

