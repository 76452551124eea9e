from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CapacityUpdate")



@_attrs_define
class CapacityUpdate:
    """ 
        Attributes:
            extra_person_days (float | None | str | Unset):
            infrastructure_headroom_pct (float | None | str | Unset):
            note (None | str | Unset):
     """

    extra_person_days: float | None | str | Unset = UNSET
    infrastructure_headroom_pct: float | None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        extra_person_days: float | None | str | Unset
        if isinstance(self.extra_person_days, Unset):
            extra_person_days = UNSET
        else:
            extra_person_days = self.extra_person_days

        infrastructure_headroom_pct: float | None | str | Unset
        if isinstance(self.infrastructure_headroom_pct, Unset):
            infrastructure_headroom_pct = UNSET
        else:
            infrastructure_headroom_pct = self.infrastructure_headroom_pct

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if extra_person_days is not UNSET:
            field_dict["extra_person_days"] = extra_person_days
        if infrastructure_headroom_pct is not UNSET:
            field_dict["infrastructure_headroom_pct"] = infrastructure_headroom_pct
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_extra_person_days(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        extra_person_days = _parse_extra_person_days(d.pop("extra_person_days", UNSET))


        def _parse_infrastructure_headroom_pct(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        infrastructure_headroom_pct = _parse_infrastructure_headroom_pct(d.pop("infrastructure_headroom_pct", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        capacity_update = cls(
            extra_person_days=extra_person_days,
            infrastructure_headroom_pct=infrastructure_headroom_pct,
            note=note,
        )

        return capacity_update

