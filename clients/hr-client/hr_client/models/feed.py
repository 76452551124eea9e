from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.feed_item import FeedItem





T = TypeVar("T", bound="Feed")



@_attrs_define
class Feed:
    """ 
        Attributes:
            agent_id (int):
            items (list[FeedItem]):
            unread (int):
     """

    agent_id: int
    items: list[FeedItem]
    unread: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feed_item import FeedItem # noqa: PLC0415
        agent_id = self.agent_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        unread = self.unread


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "items": items,
            "unread": unread,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feed_item import FeedItem # noqa: PLC0415
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = FeedItem.from_dict(items_item_data)



            items.append(items_item)


        unread = d.pop("unread")

        feed = cls(
            agent_id=agent_id,
            items=items,
            unread=unread,
        )


        feed.additional_properties = d
        return feed

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
