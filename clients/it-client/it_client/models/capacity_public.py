from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CapacityPublic")



@_attrs_define
class CapacityPublic:
    """ 
        Attributes:
            centre_code (str):
            extra_person_days (float | str):
            id (int):
            infrastructure_headroom_pct (float | None | str):
            month (str):
            note (None | str):
            updated_at (datetime.datetime):
            version (int):
     """

    centre_code: str
    extra_person_days: float | str
    id: int
    infrastructure_headroom_pct: float | None | str
    month: str
    note: None | str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        centre_code = self.centre_code

        extra_person_days: float | str
        extra_person_days = self.extra_person_days

        id = self.id

        infrastructure_headroom_pct: float | None | str
        infrastructure_headroom_pct = self.infrastructure_headroom_pct

        month = self.month

        note: None | str
        note = self.note

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "centre_code": centre_code,
            "extra_person_days": extra_person_days,
            "id": id,
            "infrastructure_headroom_pct": infrastructure_headroom_pct,
            "month": month,
            "note": note,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        centre_code = d.pop("centre_code")

        def _parse_extra_person_days(data: object) -> float | str:
            return cast(float | str, data)

        extra_person_days = _parse_extra_person_days(d.pop("extra_person_days"))


        id = d.pop("id")

        def _parse_infrastructure_headroom_pct(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        infrastructure_headroom_pct = _parse_infrastructure_headroom_pct(d.pop("infrastructure_headroom_pct"))


        month = d.pop("month")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        capacity_public = cls(
            centre_code=centre_code,
            extra_person_days=extra_person_days,
            id=id,
            infrastructure_headroom_pct=infrastructure_headroom_pct,
            month=month,
            note=note,
            updated_at=updated_at,
            version=version,
        )


        capacity_public.additional_properties = d
        return capacity_public

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
