from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="UnitOccupancy")



@_attrs_define
class UnitOccupancy:
    """ 
        Attributes:
            above_standard (bool):
            m2_per_workstation (float | None | str):
            occupants (int):
            sun_m2 (float | str):
            unit_code (str):
            workstations (int):
     """

    above_standard: bool
    m2_per_workstation: float | None | str
    occupants: int
    sun_m2: float | str
    unit_code: str
    workstations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        above_standard = self.above_standard

        m2_per_workstation: float | None | str
        m2_per_workstation = self.m2_per_workstation

        occupants = self.occupants

        sun_m2: float | str
        sun_m2 = self.sun_m2

        unit_code = self.unit_code

        workstations = self.workstations


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "above_standard": above_standard,
            "m2_per_workstation": m2_per_workstation,
            "occupants": occupants,
            "sun_m2": sun_m2,
            "unit_code": unit_code,
            "workstations": workstations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        above_standard = d.pop("above_standard")

        def _parse_m2_per_workstation(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        m2_per_workstation = _parse_m2_per_workstation(d.pop("m2_per_workstation"))


        occupants = d.pop("occupants")

        def _parse_sun_m2(data: object) -> float | str:
            return cast(float | str, data)

        sun_m2 = _parse_sun_m2(d.pop("sun_m2"))


        unit_code = d.pop("unit_code")

        workstations = d.pop("workstations")

        unit_occupancy = cls(
            above_standard=above_standard,
            m2_per_workstation=m2_per_workstation,
            occupants=occupants,
            sun_m2=sun_m2,
            unit_code=unit_code,
            workstations=workstations,
        )


        unit_occupancy.additional_properties = d
        return unit_occupancy

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
