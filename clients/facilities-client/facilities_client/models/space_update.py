from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.space_kind import SpaceKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SpaceUpdate")



@_attrs_define
class SpaceUpdate:
    """ 
        Attributes:
            kind (None | SpaceKind | Unset):
            sun_m2 (float | None | str | Unset):
            unit_code (None | str | Unset):
            workstations (int | None | Unset):
     """

    kind: None | SpaceKind | Unset = UNSET
    sun_m2: float | None | str | Unset = UNSET
    unit_code: None | str | Unset = UNSET
    workstations: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, SpaceKind):
            kind = self.kind.value
        else:
            kind = self.kind

        sun_m2: float | None | str | Unset
        if isinstance(self.sun_m2, Unset):
            sun_m2 = UNSET
        else:
            sun_m2 = self.sun_m2

        unit_code: None | str | Unset
        if isinstance(self.unit_code, Unset):
            unit_code = UNSET
        else:
            unit_code = self.unit_code

        workstations: int | None | Unset
        if isinstance(self.workstations, Unset):
            workstations = UNSET
        else:
            workstations = self.workstations


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if sun_m2 is not UNSET:
            field_dict["sun_m2"] = sun_m2
        if unit_code is not UNSET:
            field_dict["unit_code"] = unit_code
        if workstations is not UNSET:
            field_dict["workstations"] = workstations

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_kind(data: object) -> None | SpaceKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = SpaceKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpaceKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_sun_m2(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        sun_m2 = _parse_sun_m2(d.pop("sun_m2", UNSET))


        def _parse_unit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_code = _parse_unit_code(d.pop("unit_code", UNSET))


        def _parse_workstations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workstations = _parse_workstations(d.pop("workstations", UNSET))


        space_update = cls(
            kind=kind,
            sun_m2=sun_m2,
            unit_code=unit_code,
            workstations=workstations,
        )

        return space_update

