from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.availability_source import AvailabilitySource
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.availability_line import AvailabilityLine





T = TypeVar("T", bound="Availability")



@_attrs_define
class Availability:
    """ A unit's AE by action and title. ``source`` is ``budget`` when the figures come from
    budget-svc's API (the reference), ``events`` when budget could not answer and they are
    estimated from its ``budget.allocated`` notifications and this service's orders.

        Attributes:
            items (list[AvailabilityLine]):
            source (AvailabilitySource | Unset):  Default: AvailabilitySource.EVENTS.
     """

    items: list[AvailabilityLine]
    source: AvailabilitySource | Unset = AvailabilitySource.EVENTS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.availability_line import AvailabilityLine # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
        })
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability_line import AvailabilityLine # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = AvailabilityLine.from_dict(items_item_data)



            items.append(items_item)


        _source = d.pop("source", UNSET)
        source: AvailabilitySource | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = AvailabilitySource(_source)




        availability = cls(
            items=items,
            source=source,
        )


        availability.additional_properties = d
        return availability

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
