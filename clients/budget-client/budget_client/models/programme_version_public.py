from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.programme_item_public import ProgrammeItemPublic





T = TypeVar("T", bound="ProgrammeVersionPublic")



@_attrs_define
class ProgrammeVersionPublic:
    """ 
        Attributes:
            items (list[ProgrammeItemPublic]):
            note (str):
            number (int):
            published_at (datetime.datetime):
            published_by (str):
            year (int):
     """

    items: list[ProgrammeItemPublic]
    note: str
    number: int
    published_at: datetime.datetime
    published_by: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.programme_item_public import ProgrammeItemPublic # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        note = self.note

        number = self.number

        published_at = self.published_at.isoformat()

        published_by = self.published_by

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "note": note,
            "number": number,
            "published_at": published_at,
            "published_by": published_by,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_item_public import ProgrammeItemPublic # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ProgrammeItemPublic.from_dict(items_item_data)



            items.append(items_item)


        note = d.pop("note")

        number = d.pop("number")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))




        published_by = d.pop("published_by")

        year = d.pop("year")

        programme_version_public = cls(
            items=items,
            note=note,
            number=number,
            published_at=published_at,
            published_by=published_by,
            year=year,
        )


        programme_version_public.additional_properties = d
        return programme_version_public

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
