from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.space_kind import SpaceKind
from typing import cast






T = TypeVar("T", bound="SpacePublic")



@_attrs_define
class SpacePublic:
    """ 
        Attributes:
            building_id (int):
            code (str):
            floor (int):
            id (int):
            kind (SpaceKind):
            sun_m2 (float | str):
            unit_code (str):
            version (int):
            workstations (int):
     """

    building_id: int
    code: str
    floor: int
    id: int
    kind: SpaceKind
    sun_m2: float | str
    unit_code: str
    version: int
    workstations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        building_id = self.building_id

        code = self.code

        floor = self.floor

        id = self.id

        kind = self.kind.value

        sun_m2: float | str
        sun_m2 = self.sun_m2

        unit_code = self.unit_code

        version = self.version

        workstations = self.workstations


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "building_id": building_id,
            "code": code,
            "floor": floor,
            "id": id,
            "kind": kind,
            "sun_m2": sun_m2,
            "unit_code": unit_code,
            "version": version,
            "workstations": workstations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        building_id = d.pop("building_id")

        code = d.pop("code")

        floor = d.pop("floor")

        id = d.pop("id")

        kind = SpaceKind(d.pop("kind"))




        def _parse_sun_m2(data: object) -> float | str:
            return cast(float | str, data)

        sun_m2 = _parse_sun_m2(d.pop("sun_m2"))


        unit_code = d.pop("unit_code")

        version = d.pop("version")

        workstations = d.pop("workstations")

        space_public = cls(
            building_id=building_id,
            code=code,
            floor=floor,
            id=id,
            kind=kind,
            sun_m2=sun_m2,
            unit_code=unit_code,
            version=version,
            workstations=workstations,
        )


        space_public.additional_properties = d
        return space_public

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
