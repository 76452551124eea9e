from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FollowUpPublic")



@_attrs_define
class FollowUpPublic:
    """ 
        Attributes:
            author (str):
            id (int):
            note (str):
            written_on (datetime.date):
     """

    author: str
    id: int
    note: str
    written_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        author = self.author

        id = self.id

        note = self.note

        written_on = self.written_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "author": author,
            "id": id,
            "note": note,
            "written_on": written_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author = d.pop("author")

        id = d.pop("id")

        note = d.pop("note")

        written_on = datetime.date.fromisoformat(d.pop("written_on"))




        follow_up_public = cls(
            author=author,
            id=id,
            note=note,
            written_on=written_on,
        )


        follow_up_public.additional_properties = d
        return follow_up_public

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
