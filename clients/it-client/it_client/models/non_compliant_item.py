from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_kind import ItemKind
from typing import cast






T = TypeVar("T", bound="NonCompliantItem")



@_attrs_define
class NonCompliantItem:
    """ 
        Attributes:
            item_id (int):
            kind (ItemKind):
            model (str):
            model_version (None | str):
            status (str): forbidden, tolerated or outside_catalogue
     """

    item_id: int
    kind: ItemKind
    model: str
    model_version: None | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        kind = self.kind.value

        model = self.model

        model_version: None | str
        model_version = self.model_version

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "item_id": item_id,
            "kind": kind,
            "model": model,
            "model_version": model_version,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        kind = ItemKind(d.pop("kind"))




        model = d.pop("model")

        def _parse_model_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_version = _parse_model_version(d.pop("model_version"))


        status = d.pop("status")

        non_compliant_item = cls(
            item_id=item_id,
            kind=kind,
            model=model,
            model_version=model_version,
            status=status,
        )


        non_compliant_item.additional_properties = d
        return non_compliant_item

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
