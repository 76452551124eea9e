from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="EtptReportPublic")



@_attrs_define
class EtptReportPublic:
    """ 
        Attributes:
            etpt (float | str):
            id (int):
            month (int):
            reported_at (datetime.datetime):
            reported_by (str):
            unit_code (str):
            year (int):
     """

    etpt: float | str
    id: int
    month: int
    reported_at: datetime.datetime
    reported_by: str
    unit_code: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        etpt: float | str
        etpt = self.etpt

        id = self.id

        month = self.month

        reported_at = self.reported_at.isoformat()

        reported_by = self.reported_by

        unit_code = self.unit_code

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "etpt": etpt,
            "id": id,
            "month": month,
            "reported_at": reported_at,
            "reported_by": reported_by,
            "unit_code": unit_code,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_etpt(data: object) -> float | str:
            return cast(float | str, data)

        etpt = _parse_etpt(d.pop("etpt"))


        id = d.pop("id")

        month = d.pop("month")

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))




        reported_by = d.pop("reported_by")

        unit_code = d.pop("unit_code")

        year = d.pop("year")

        etpt_report_public = cls(
            etpt=etpt,
            id=id,
            month=month,
            reported_at=reported_at,
            reported_by=reported_by,
            unit_code=unit_code,
            year=year,
        )


        etpt_report_public.additional_properties = d
        return etpt_report_public

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
