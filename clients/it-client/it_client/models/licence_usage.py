from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="LicenceUsage")



@_attrs_define
class LicenceUsage:
    """ Over-use: assigned seats or deployed installs above the seats bought.

        Attributes:
            excess (int):
            id (int):
            installs (int):
            seats (int):
            seats_used (int):
            software (str):
            unit_code (str):
     """

    excess: int
    id: int
    installs: int
    seats: int
    seats_used: int
    software: str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        excess = self.excess

        id = self.id

        installs = self.installs

        seats = self.seats

        seats_used = self.seats_used

        software = self.software

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "excess": excess,
            "id": id,
            "installs": installs,
            "seats": seats,
            "seats_used": seats_used,
            "software": software,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        excess = d.pop("excess")

        id = d.pop("id")

        installs = d.pop("installs")

        seats = d.pop("seats")

        seats_used = d.pop("seats_used")

        software = d.pop("software")

        unit_code = d.pop("unit_code")

        licence_usage = cls(
            excess=excess,
            id=id,
            installs=installs,
            seats=seats,
            seats_used=seats_used,
            software=software,
            unit_code=unit_code,
        )


        licence_usage.additional_properties = d
        return licence_usage

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
