from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.space_kind import SpaceKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SpaceCreate")



@_attrs_define
class SpaceCreate:
    """ 
        Attributes:
            building_id (int):
            code (str):
            kind (SpaceKind):
            sun_m2 (float | str):
            unit_code (str):
            floor (int | Unset):  Default: 0.
            workstations (int | Unset):  Default: 0.
     """

    building_id: int
    code: str
    kind: SpaceKind
    sun_m2: float | str
    unit_code: str
    floor: int | Unset = 0
    workstations: int | Unset = 0





    def to_dict(self) -> dict[str, Any]:
        building_id = self.building_id

        code = self.code

        kind = self.kind.value

        sun_m2: float | str
        sun_m2 = self.sun_m2

        unit_code = self.unit_code

        floor = self.floor

        workstations = self.workstations


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "building_id": building_id,
            "code": code,
            "kind": kind,
            "sun_m2": sun_m2,
            "unit_code": unit_code,
        })
        if floor is not UNSET:
            field_dict["floor"] = floor
        if workstations is not UNSET:
            field_dict["workstations"] = workstations

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        building_id = d.pop("building_id")

        code = d.pop("code")

        kind = SpaceKind(d.pop("kind"))




        def _parse_sun_m2(data: object) -> float | str:
            return cast(float | str, data)

        sun_m2 = _parse_sun_m2(d.pop("sun_m2"))


        unit_code = d.pop("unit_code")

        floor = d.pop("floor", UNSET)

        workstations = d.pop("workstations", UNSET)

        space_create = cls(
            building_id=building_id,
            code=code,
            kind=kind,
            sun_m2=sun_m2,
            unit_code=unit_code,
            floor=floor,
            workstations=workstations,
        )

        return space_create

