from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AnnouncementCreate")



@_attrs_define
class AnnouncementCreate:
    """ A draft announcement targeted at a unit.

        Attributes:
            body (str):
            target_unit_code (str):
            title (str):
            expires_on (datetime.date | None | Unset):
            include_descendants (bool | Unset):  Default: True.
            requires_acknowledgement (bool | Unset):  Default: True.
     """

    body: str
    target_unit_code: str
    title: str
    expires_on: datetime.date | None | Unset = UNSET
    include_descendants: bool | Unset = True
    requires_acknowledgement: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        target_unit_code = self.target_unit_code

        title = self.title

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        include_descendants = self.include_descendants

        requires_acknowledgement = self.requires_acknowledgement


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body": body,
            "target_unit_code": target_unit_code,
            "title": title,
        })
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if include_descendants is not UNSET:
            field_dict["include_descendants"] = include_descendants
        if requires_acknowledgement is not UNSET:
            field_dict["requires_acknowledgement"] = requires_acknowledgement

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        target_unit_code = d.pop("target_unit_code")

        title = d.pop("title")

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        include_descendants = d.pop("include_descendants", UNSET)

        requires_acknowledgement = d.pop("requires_acknowledgement", UNSET)

        announcement_create = cls(
            body=body,
            target_unit_code=target_unit_code,
            title=title,
            expires_on=expires_on,
            include_descendants=include_descendants,
            requires_acknowledgement=requires_acknowledgement,
        )

        return announcement_create

