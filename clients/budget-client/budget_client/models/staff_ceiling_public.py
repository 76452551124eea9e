from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="StaffCeilingPublic")



@_attrs_define
class StaffCeilingPublic:
    """ 
        Attributes:
            etpt_ceiling (float | str):
            etpt_consumed (float | str): ETPT of the assignments HR reported in the unit and its sub-units, quotité × share
                of the year covered.
            etpt_remaining (float | str):
            etpt_reported (float | str): Yearly ETPT from hr-svc's monthly reports (sum of the months ÷ 12) for the unit and
                its sub-units: what the ceiling is checked against at year end.
            fiscal_year (int):
            id (int):
            months_reported (int):
            over_ceiling (bool):
            reason (None | str):
            set_at (datetime.datetime):
            set_by (str):
            unit_code (str):
            version (int):
     """

    etpt_ceiling: float | str
    etpt_consumed: float | str
    etpt_remaining: float | str
    etpt_reported: float | str
    fiscal_year: int
    id: int
    months_reported: int
    over_ceiling: bool
    reason: None | str
    set_at: datetime.datetime
    set_by: str
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        etpt_ceiling: float | str
        etpt_ceiling = self.etpt_ceiling

        etpt_consumed: float | str
        etpt_consumed = self.etpt_consumed

        etpt_remaining: float | str
        etpt_remaining = self.etpt_remaining

        etpt_reported: float | str
        etpt_reported = self.etpt_reported

        fiscal_year = self.fiscal_year

        id = self.id

        months_reported = self.months_reported

        over_ceiling = self.over_ceiling

        reason: None | str
        reason = self.reason

        set_at = self.set_at.isoformat()

        set_by = self.set_by

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "etpt_ceiling": etpt_ceiling,
            "etpt_consumed": etpt_consumed,
            "etpt_remaining": etpt_remaining,
            "etpt_reported": etpt_reported,
            "fiscal_year": fiscal_year,
            "id": id,
            "months_reported": months_reported,
            "over_ceiling": over_ceiling,
            "reason": reason,
            "set_at": set_at,
            "set_by": set_by,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_etpt_ceiling(data: object) -> float | str:
            return cast(float | str, data)

        etpt_ceiling = _parse_etpt_ceiling(d.pop("etpt_ceiling"))


        def _parse_etpt_consumed(data: object) -> float | str:
            return cast(float | str, data)

        etpt_consumed = _parse_etpt_consumed(d.pop("etpt_consumed"))


        def _parse_etpt_remaining(data: object) -> float | str:
            return cast(float | str, data)

        etpt_remaining = _parse_etpt_remaining(d.pop("etpt_remaining"))


        def _parse_etpt_reported(data: object) -> float | str:
            return cast(float | str, data)

        etpt_reported = _parse_etpt_reported(d.pop("etpt_reported"))


        fiscal_year = d.pop("fiscal_year")

        id = d.pop("id")

        months_reported = d.pop("months_reported")

        over_ceiling = d.pop("over_ceiling")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        set_at = datetime.datetime.fromisoformat(d.pop("set_at"))




        set_by = d.pop("set_by")

        unit_code = d.pop("unit_code")

        version = d.pop("version")

        staff_ceiling_public = cls(
            etpt_ceiling=etpt_ceiling,
            etpt_consumed=etpt_consumed,
            etpt_remaining=etpt_remaining,
            etpt_reported=etpt_reported,
            fiscal_year=fiscal_year,
            id=id,
            months_reported=months_reported,
            over_ceiling=over_ceiling,
            reason=reason,
            set_at=set_at,
            set_by=set_by,
            unit_code=unit_code,
            version=version,
        )


        staff_ceiling_public.additional_properties = d
        return staff_ceiling_public

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
