from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LeaseUpdate")



@_attrs_define
class LeaseUpdate:
    """ 
        Attributes:
            annual_rent (float | None | str | Unset):
            end_date (datetime.date | None | Unset):
            notice_months (int | None | Unset):
            owner (None | str | Unset):
     """

    annual_rent: float | None | str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    notice_months: int | None | Unset = UNSET
    owner: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        annual_rent: float | None | str | Unset
        if isinstance(self.annual_rent, Unset):
            annual_rent = UNSET
        else:
            annual_rent = self.annual_rent

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        notice_months: int | None | Unset
        if isinstance(self.notice_months, Unset):
            notice_months = UNSET
        else:
            notice_months = self.notice_months

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if annual_rent is not UNSET:
            field_dict["annual_rent"] = annual_rent
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if notice_months is not UNSET:
            field_dict["notice_months"] = notice_months
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_annual_rent(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        annual_rent = _parse_annual_rent(d.pop("annual_rent", UNSET))


        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)



                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))


        def _parse_notice_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notice_months = _parse_notice_months(d.pop("notice_months", UNSET))


        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))


        lease_update = cls(
            annual_rent=annual_rent,
            end_date=end_date,
            notice_months=notice_months,
            owner=owner,
        )

        return lease_update

