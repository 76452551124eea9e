from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LeaseCreate")



@_attrs_define
class LeaseCreate:
    """ 
        Attributes:
            annual_rent (float | str):
            building_id (int):
            end_date (datetime.date):
            owner (str):
            start_date (datetime.date):
            notice_months (int | Unset):  Default: 6.
     """

    annual_rent: float | str
    building_id: int
    end_date: datetime.date
    owner: str
    start_date: datetime.date
    notice_months: int | Unset = 6





    def to_dict(self) -> dict[str, Any]:
        annual_rent: float | str
        annual_rent = self.annual_rent

        building_id = self.building_id

        end_date = self.end_date.isoformat()

        owner = self.owner

        start_date = self.start_date.isoformat()

        notice_months = self.notice_months


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "annual_rent": annual_rent,
            "building_id": building_id,
            "end_date": end_date,
            "owner": owner,
            "start_date": start_date,
        })
        if notice_months is not UNSET:
            field_dict["notice_months"] = notice_months

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_annual_rent(data: object) -> float | str:
            return cast(float | str, data)

        annual_rent = _parse_annual_rent(d.pop("annual_rent"))


        building_id = d.pop("building_id")

        end_date = datetime.date.fromisoformat(d.pop("end_date"))




        owner = d.pop("owner")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        notice_months = d.pop("notice_months", UNSET)

        lease_create = cls(
            annual_rent=annual_rent,
            building_id=building_id,
            end_date=end_date,
            owner=owner,
            start_date=start_date,
            notice_months=notice_months,
        )

        return lease_create

