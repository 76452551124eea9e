from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.category import Category
from ..models.channel import Channel
from typing import cast






T = TypeVar("T", bound="CatalogueItemPublic")



@_attrs_define
class CatalogueItemPublic:
    """ 
        Attributes:
            active (bool):
            category (Category):
            channel (Channel): Canal d'achat de l'Etat.
            code (str):
            contract_reference (None | str):
            id (int):
            label (str):
            unit_price_ht (float | str):
            vat_rate (float | str):
            version (int):
     """

    active: bool
    category: Category
    channel: Channel
    code: str
    contract_reference: None | str
    id: int
    label: str
    unit_price_ht: float | str
    vat_rate: float | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        category = self.category.value

        channel = self.channel.value

        code = self.code

        contract_reference: None | str
        contract_reference = self.contract_reference

        id = self.id

        label = self.label

        unit_price_ht: float | str
        unit_price_ht = self.unit_price_ht

        vat_rate: float | str
        vat_rate = self.vat_rate

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "category": category,
            "channel": channel,
            "code": code,
            "contract_reference": contract_reference,
            "id": id,
            "label": label,
            "unit_price_ht": unit_price_ht,
            "vat_rate": vat_rate,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        category = Category(d.pop("category"))




        channel = Channel(d.pop("channel"))




        code = d.pop("code")

        def _parse_contract_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_reference = _parse_contract_reference(d.pop("contract_reference"))


        id = d.pop("id")

        label = d.pop("label")

        def _parse_unit_price_ht(data: object) -> float | str:
            return cast(float | str, data)

        unit_price_ht = _parse_unit_price_ht(d.pop("unit_price_ht"))


        def _parse_vat_rate(data: object) -> float | str:
            return cast(float | str, data)

        vat_rate = _parse_vat_rate(d.pop("vat_rate"))


        version = d.pop("version")

        catalogue_item_public = cls(
            active=active,
            category=category,
            channel=channel,
            code=code,
            contract_reference=contract_reference,
            id=id,
            label=label,
            unit_price_ht=unit_price_ht,
            vat_rate=vat_rate,
            version=version,
        )


        catalogue_item_public.additional_properties = d
        return catalogue_item_public

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
