from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="LeasePublic")



@_attrs_define
class LeasePublic:
    """ 
        Attributes:
            annual_rent (float | str):
            building_id (int):
            end_date (datetime.date):
            id (int):
            notice_months (int):
            owner (str):
            start_date (datetime.date):
            unit_code (str):
            version (int):
     """

    annual_rent: float | str
    building_id: int
    end_date: datetime.date
    id: int
    notice_months: int
    owner: str
    start_date: datetime.date
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        annual_rent: float | str
        annual_rent = self.annual_rent

        building_id = self.building_id

        end_date = self.end_date.isoformat()

        id = self.id

        notice_months = self.notice_months

        owner = self.owner

        start_date = self.start_date.isoformat()

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "annual_rent": annual_rent,
            "building_id": building_id,
            "end_date": end_date,
            "id": id,
            "notice_months": notice_months,
            "owner": owner,
            "start_date": start_date,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_annual_rent(data: object) -> float | str:
            return cast(float | str, data)

        annual_rent = _parse_annual_rent(d.pop("annual_rent"))


        building_id = d.pop("building_id")

        end_date = datetime.date.fromisoformat(d.pop("end_date"))




        id = d.pop("id")

        notice_months = d.pop("notice_months")

        owner = d.pop("owner")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        lease_public = cls(
            annual_rent=annual_rent,
            building_id=building_id,
            end_date=end_date,
            id=id,
            notice_months=notice_months,
            owner=owner,
            start_date=start_date,
            unit_code=unit_code,
            version=version,
        )


        lease_public.additional_properties = d
        return lease_public

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
