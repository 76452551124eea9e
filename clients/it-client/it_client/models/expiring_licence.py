from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ExpiringLicence")



@_attrs_define
class ExpiringLicence:
    """ 
        Attributes:
            days_left (int):
            expires_on (datetime.date):
            id (int):
            seats (int):
            seats_used (int):
            software (str):
            unit_code (str):
     """

    days_left: int
    expires_on: datetime.date
    id: int
    seats: int
    seats_used: int
    software: str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        days_left = self.days_left

        expires_on = self.expires_on.isoformat()

        id = self.id

        seats = self.seats

        seats_used = self.seats_used

        software = self.software

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "days_left": days_left,
            "expires_on": expires_on,
            "id": id,
            "seats": seats,
            "seats_used": seats_used,
            "software": software,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days_left = d.pop("days_left")

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))




        id = d.pop("id")

        seats = d.pop("seats")

        seats_used = d.pop("seats_used")

        software = d.pop("software")

        unit_code = d.pop("unit_code")

        expiring_licence = cls(
            days_left=days_left,
            expires_on=expires_on,
            id=id,
            seats=seats,
            seats_used=seats_used,
            software=software,
            unit_code=unit_code,
        )


        expiring_licence.additional_properties = d
        return expiring_licence

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
