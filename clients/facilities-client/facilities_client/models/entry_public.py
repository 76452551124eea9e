from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.entry_source import EntrySource
from ..models.entry_status import EntryStatus
from typing import cast
import datetime






T = TypeVar("T", bound="EntryPublic")



@_attrs_define
class EntryPublic:
    """ 
        Attributes:
            description (str):
            id (int):
            proposal_id (None | str):
            reported_by (str):
            reported_on (datetime.date):
            response (None | str):
            site (str):
            source (EntrySource):
            status (EntryStatus):
            title (str):
            unit_code (str):
            version (int):
     """

    description: str
    id: int
    proposal_id: None | str
    reported_by: str
    reported_on: datetime.date
    response: None | str
    site: str
    source: EntrySource
    status: EntryStatus
    title: str
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        proposal_id: None | str
        proposal_id = self.proposal_id

        reported_by = self.reported_by

        reported_on = self.reported_on.isoformat()

        response: None | str
        response = self.response

        site = self.site

        source = self.source.value

        status = self.status.value

        title = self.title

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "id": id,
            "proposal_id": proposal_id,
            "reported_by": reported_by,
            "reported_on": reported_on,
            "response": response,
            "site": site,
            "source": source,
            "status": status,
            "title": title,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        def _parse_proposal_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proposal_id = _parse_proposal_id(d.pop("proposal_id"))


        reported_by = d.pop("reported_by")

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))




        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("response"))


        site = d.pop("site")

        source = EntrySource(d.pop("source"))




        status = EntryStatus(d.pop("status"))




        title = d.pop("title")

        unit_code = d.pop("unit_code")

        version = d.pop("version")

        entry_public = cls(
            description=description,
            id=id,
            proposal_id=proposal_id,
            reported_by=reported_by,
            reported_on=reported_on,
            response=response,
            site=site,
            source=source,
            status=status,
            title=title,
            unit_code=unit_code,
            version=version,
        )


        entry_public.additional_properties = d
        return entry_public

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
