from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.category import Category
from ..models.channel import Channel
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CatalogueItemCreate")



@_attrs_define
class CatalogueItemCreate:
    """ 
        Attributes:
            category (Category):
            channel (Channel): Canal d'achat de l'Etat.
            code (str):
            label (str):
            unit_price_ht (float | str):
            vat_rate (float | str):
            contract_reference (None | str | Unset):
     """

    category: Category
    channel: Channel
    code: str
    label: str
    unit_price_ht: float | str
    vat_rate: float | str
    contract_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        channel = self.channel.value

        code = self.code

        label = self.label

        unit_price_ht: float | str
        unit_price_ht = self.unit_price_ht

        vat_rate: float | str
        vat_rate = self.vat_rate

        contract_reference: None | str | Unset
        if isinstance(self.contract_reference, Unset):
            contract_reference = UNSET
        else:
            contract_reference = self.contract_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "channel": channel,
            "code": code,
            "label": label,
            "unit_price_ht": unit_price_ht,
            "vat_rate": vat_rate,
        })
        if contract_reference is not UNSET:
            field_dict["contract_reference"] = contract_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = Category(d.pop("category"))




        channel = Channel(d.pop("channel"))




        code = d.pop("code")

        label = d.pop("label")

        def _parse_unit_price_ht(data: object) -> float | str:
            return cast(float | str, data)

        unit_price_ht = _parse_unit_price_ht(d.pop("unit_price_ht"))


        def _parse_vat_rate(data: object) -> float | str:
            return cast(float | str, data)

        vat_rate = _parse_vat_rate(d.pop("vat_rate"))


        def _parse_contract_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_reference = _parse_contract_reference(d.pop("contract_reference", UNSET))


        catalogue_item_create = cls(
            category=category,
            channel=channel,
            code=code,
            label=label,
            unit_price_ht=unit_price_ht,
            vat_rate=vat_rate,
            contract_reference=contract_reference,
        )

        return catalogue_item_create

