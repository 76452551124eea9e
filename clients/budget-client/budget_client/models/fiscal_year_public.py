from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.fiscal_year_status import FiscalYearStatus
from typing import cast
import datetime






T = TypeVar("T", bound="FiscalYearPublic")



@_attrs_define
class FiscalYearPublic:
    """ 
        Attributes:
            reserve_applied_at (datetime.datetime | None):
            reserve_rate_other (float | str): Share of T3/T5/T6 allocations in reserve.
            reserve_rate_t2 (float | str): Share of T2 allocations put in reserve.
            status (FiscalYearStatus):
            version (int):
            year (int):
     """

    reserve_applied_at: datetime.datetime | None
    reserve_rate_other: float | str
    reserve_rate_t2: float | str
    status: FiscalYearStatus
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        reserve_applied_at: None | str
        if isinstance(self.reserve_applied_at, datetime.datetime):
            reserve_applied_at = self.reserve_applied_at.isoformat()
        else:
            reserve_applied_at = self.reserve_applied_at

        reserve_rate_other: float | str
        reserve_rate_other = self.reserve_rate_other

        reserve_rate_t2: float | str
        reserve_rate_t2 = self.reserve_rate_t2

        status = self.status.value

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "reserve_applied_at": reserve_applied_at,
            "reserve_rate_other": reserve_rate_other,
            "reserve_rate_t2": reserve_rate_t2,
            "status": status,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_reserve_applied_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reserve_applied_at_type_0 = datetime.datetime.fromisoformat(data)



                return reserve_applied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reserve_applied_at = _parse_reserve_applied_at(d.pop("reserve_applied_at"))


        def _parse_reserve_rate_other(data: object) -> float | str:
            return cast(float | str, data)

        reserve_rate_other = _parse_reserve_rate_other(d.pop("reserve_rate_other"))


        def _parse_reserve_rate_t2(data: object) -> float | str:
            return cast(float | str, data)

        reserve_rate_t2 = _parse_reserve_rate_t2(d.pop("reserve_rate_t2"))


        status = FiscalYearStatus(d.pop("status"))




        version = d.pop("version")

        year = d.pop("year")

        fiscal_year_public = cls(
            reserve_applied_at=reserve_applied_at,
            reserve_rate_other=reserve_rate_other,
            reserve_rate_t2=reserve_rate_t2,
            status=status,
            version=version,
            year=year,
        )


        fiscal_year_public.additional_properties = d
        return fiscal_year_public

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
