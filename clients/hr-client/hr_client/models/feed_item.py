from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.announcement_status import AnnouncementStatus
from typing import cast
import datetime






T = TypeVar("T", bound="FeedItem")



@_attrs_define
class FeedItem:
    """ 
        Attributes:
            acknowledged (bool):
            author (str):
            body (str):
            created_at (datetime.datetime):
            expires_on (datetime.date | None):
            id (int):
            include_descendants (bool):
            published_on (datetime.date | None):
            requires_acknowledgement (bool):
            status (AnnouncementStatus):
            target_unit_code (str):
            title (str):
            version (int):
     """

    acknowledged: bool
    author: str
    body: str
    created_at: datetime.datetime
    expires_on: datetime.date | None
    id: int
    include_descendants: bool
    published_on: datetime.date | None
    requires_acknowledgement: bool
    status: AnnouncementStatus
    target_unit_code: str
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acknowledged = self.acknowledged

        author = self.author

        body = self.body

        created_at = self.created_at.isoformat()

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        id = self.id

        include_descendants = self.include_descendants

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        requires_acknowledgement = self.requires_acknowledgement

        status = self.status.value

        target_unit_code = self.target_unit_code

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged": acknowledged,
            "author": author,
            "body": body,
            "created_at": created_at,
            "expires_on": expires_on,
            "id": id,
            "include_descendants": include_descendants,
            "published_on": published_on,
            "requires_acknowledgement": requires_acknowledgement,
            "status": status,
            "target_unit_code": target_unit_code,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged = d.pop("acknowledged")

        author = d.pop("author")

        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))


        id = d.pop("id")

        include_descendants = d.pop("include_descendants")

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)



                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))


        requires_acknowledgement = d.pop("requires_acknowledgement")

        status = AnnouncementStatus(d.pop("status"))




        target_unit_code = d.pop("target_unit_code")

        title = d.pop("title")

        version = d.pop("version")

        feed_item = cls(
            acknowledged=acknowledged,
            author=author,
            body=body,
            created_at=created_at,
            expires_on=expires_on,
            id=id,
            include_descendants=include_descendants,
            published_on=published_on,
            requires_acknowledgement=requires_acknowledgement,
            status=status,
            target_unit_code=target_unit_code,
            title=title,
            version=version,
        )


        feed_item.additional_properties = d
        return feed_item

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
