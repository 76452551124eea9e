from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CeilingPublic")



@_attrs_define
class CeilingPublic:
    """ 
        Attributes:
            ceiling (float | str):
            unit_code (str):
            updated_at (datetime.datetime):
            updated_by (str):
            version (int):
            year (int):
     """

    ceiling: float | str
    unit_code: str
    updated_at: datetime.datetime
    updated_by: str
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ceiling: float | str
        ceiling = self.ceiling

        unit_code = self.unit_code

        updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ceiling": ceiling,
            "unit_code": unit_code,
            "updated_at": updated_at,
            "updated_by": updated_by,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ceiling(data: object) -> float | str:
            return cast(float | str, data)

        ceiling = _parse_ceiling(d.pop("ceiling"))


        unit_code = d.pop("unit_code")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        updated_by = d.pop("updated_by")

        version = d.pop("version")

        year = d.pop("year")

        ceiling_public = cls(
            ceiling=ceiling,
            unit_code=unit_code,
            updated_at=updated_at,
            updated_by=updated_by,
            version=version,
            year=year,
        )


        ceiling_public.additional_properties = d
        return ceiling_public

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
