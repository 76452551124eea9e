from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.category import Category
from ..models.channel import Channel
from typing import cast






T = TypeVar("T", bound="LinePublic")



@_attrs_define
class LinePublic:
    """ 
        Attributes:
            amount_ht (float | str):
            amount_ttc (float | str):
            category (Category):
            channel (Channel): Canal d'achat de l'Etat.
            description (str):
            id (int):
            item_code (str):
            quantity (int):
            received_quantity (int):
            unit_price_ht (float | str):
            vat_rate (float | str):
     """

    amount_ht: float | str
    amount_ttc: float | str
    category: Category
    channel: Channel
    description: str
    id: int
    item_code: str
    quantity: int
    received_quantity: int
    unit_price_ht: float | str
    vat_rate: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_ht: float | str
        amount_ht = self.amount_ht

        amount_ttc: float | str
        amount_ttc = self.amount_ttc

        category = self.category.value

        channel = self.channel.value

        description = self.description

        id = self.id

        item_code = self.item_code

        quantity = self.quantity

        received_quantity = self.received_quantity

        unit_price_ht: float | str
        unit_price_ht = self.unit_price_ht

        vat_rate: float | str
        vat_rate = self.vat_rate


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_ht": amount_ht,
            "amount_ttc": amount_ttc,
            "category": category,
            "channel": channel,
            "description": description,
            "id": id,
            "item_code": item_code,
            "quantity": quantity,
            "received_quantity": received_quantity,
            "unit_price_ht": unit_price_ht,
            "vat_rate": vat_rate,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount_ht(data: object) -> float | str:
            return cast(float | str, data)

        amount_ht = _parse_amount_ht(d.pop("amount_ht"))


        def _parse_amount_ttc(data: object) -> float | str:
            return cast(float | str, data)

        amount_ttc = _parse_amount_ttc(d.pop("amount_ttc"))


        category = Category(d.pop("category"))




        channel = Channel(d.pop("channel"))




        description = d.pop("description")

        id = d.pop("id")

        item_code = d.pop("item_code")

        quantity = d.pop("quantity")

        received_quantity = d.pop("received_quantity")

        def _parse_unit_price_ht(data: object) -> float | str:
            return cast(float | str, data)

        unit_price_ht = _parse_unit_price_ht(d.pop("unit_price_ht"))


        def _parse_vat_rate(data: object) -> float | str:
            return cast(float | str, data)

        vat_rate = _parse_vat_rate(d.pop("vat_rate"))


        line_public = cls(
            amount_ht=amount_ht,
            amount_ttc=amount_ttc,
            category=category,
            channel=channel,
            description=description,
            id=id,
            item_code=item_code,
            quantity=quantity,
            received_quantity=received_quantity,
            unit_price_ht=unit_price_ht,
            vat_rate=vat_rate,
        )


        line_public.additional_properties = d
        return line_public

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
