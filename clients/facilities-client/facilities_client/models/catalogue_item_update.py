from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CatalogueItemUpdate")



@_attrs_define
class CatalogueItemUpdate:
    """ 
        Attributes:
            active (bool | None | Unset):
            channel (Channel | None | Unset):
            contract_reference (None | str | Unset):
            label (None | str | Unset):
            unit_price_ht (float | None | str | Unset):
            vat_rate (float | None | str | Unset):
     """

    active: bool | None | Unset = UNSET
    channel: Channel | None | Unset = UNSET
    contract_reference: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    unit_price_ht: float | None | str | Unset = UNSET
    vat_rate: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        contract_reference: None | str | Unset
        if isinstance(self.contract_reference, Unset):
            contract_reference = UNSET
        else:
            contract_reference = self.contract_reference

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        unit_price_ht: float | None | str | Unset
        if isinstance(self.unit_price_ht, Unset):
            unit_price_ht = UNSET
        else:
            unit_price_ht = self.unit_price_ht

        vat_rate: float | None | str | Unset
        if isinstance(self.vat_rate, Unset):
            vat_rate = UNSET
        else:
            vat_rate = self.vat_rate


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if channel is not UNSET:
            field_dict["channel"] = channel
        if contract_reference is not UNSET:
            field_dict["contract_reference"] = contract_reference
        if label is not UNSET:
            field_dict["label"] = label
        if unit_price_ht is not UNSET:
            field_dict["unit_price_ht"] = unit_price_ht
        if vat_rate is not UNSET:
            field_dict["vat_rate"] = vat_rate

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))


        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)



                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))


        def _parse_contract_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_reference = _parse_contract_reference(d.pop("contract_reference", UNSET))


        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))


        def _parse_unit_price_ht(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        unit_price_ht = _parse_unit_price_ht(d.pop("unit_price_ht", UNSET))


        def _parse_vat_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        vat_rate = _parse_vat_rate(d.pop("vat_rate", UNSET))


        catalogue_item_update = cls(
            active=active,
            channel=channel,
            contract_reference=contract_reference,
            label=label,
            unit_price_ht=unit_price_ht,
            vat_rate=vat_rate,
        )

        return catalogue_item_update

