from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_kind import ItemKind
from ..models.standard_status import StandardStatus
from typing import cast
import datetime






T = TypeVar("T", bound="StandardPublic")



@_attrs_define
class StandardPublic:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (int):
            kind (ItemKind):
            model (str):
            model_version (None | str):
            note (None | str):
            status (StandardStatus):
            updated_at (datetime.datetime):
            version (int):
     """

    created_at: datetime.datetime
    id: int
    kind: ItemKind
    model: str
    model_version: None | str
    note: None | str
    status: StandardStatus
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind.value

        model = self.model

        model_version: None | str
        model_version = self.model_version

        note: None | str
        note = self.note

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "kind": kind,
            "model": model,
            "model_version": model_version,
            "note": note,
            "status": status,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        kind = ItemKind(d.pop("kind"))




        model = d.pop("model")

        def _parse_model_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_version = _parse_model_version(d.pop("model_version"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        status = StandardStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        standard_public = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            model=model,
            model_version=model_version,
            note=note,
            status=status,
            updated_at=updated_at,
            version=version,
        )


        standard_public.additional_properties = d
        return standard_public

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
