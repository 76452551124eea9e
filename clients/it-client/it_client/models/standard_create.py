from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_kind import ItemKind
from ..models.standard_status import StandardStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="StandardCreate")



@_attrs_define
class StandardCreate:
    """ 
        Attributes:
            kind (ItemKind):
            model (str):
            status (StandardStatus):
            model_version (None | str | Unset):
            note (None | str | Unset):
     """

    kind: ItemKind
    model: str
    status: StandardStatus
    model_version: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        model = self.model

        status = self.status.value

        model_version: None | str | Unset
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "model": model,
            "status": status,
        })
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ItemKind(d.pop("kind"))




        model = d.pop("model")

        status = StandardStatus(d.pop("status"))




        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        standard_create = cls(
            kind=kind,
            model=model,
            status=status,
            model_version=model_version,
            note=note,
        )

        return standard_create

