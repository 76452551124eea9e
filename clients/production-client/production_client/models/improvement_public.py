from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.improvement_category import ImprovementCategory
from ..models.improvement_status import ImprovementStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ImprovementPublic")



@_attrs_define
class ImprovementPublic:
    """ 
        Attributes:
            category (ImprovementCategory):
            description (str):
            facilities_reference (None | str):
            follow_up_note (str):
            follow_up_on (datetime.date | None):
            id (int):
            proposed_by (str):
            proposed_on (datetime.date):
            site (str):
            status (ImprovementStatus): submitted (sent to facilities) → registered → in_progress → done; or rejected.
            title (str):
            unit_code (str):
            version (int):
     """

    category: ImprovementCategory
    description: str
    facilities_reference: None | str
    follow_up_note: str
    follow_up_on: datetime.date | None
    id: int
    proposed_by: str
    proposed_on: datetime.date
    site: str
    status: ImprovementStatus
    title: str
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        facilities_reference: None | str
        facilities_reference = self.facilities_reference

        follow_up_note = self.follow_up_note

        follow_up_on: None | str
        if isinstance(self.follow_up_on, datetime.date):
            follow_up_on = self.follow_up_on.isoformat()
        else:
            follow_up_on = self.follow_up_on

        id = self.id

        proposed_by = self.proposed_by

        proposed_on = self.proposed_on.isoformat()

        site = self.site

        status = self.status.value

        title = self.title

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "description": description,
            "facilities_reference": facilities_reference,
            "follow_up_note": follow_up_note,
            "follow_up_on": follow_up_on,
            "id": id,
            "proposed_by": proposed_by,
            "proposed_on": proposed_on,
            "site": site,
            "status": status,
            "title": title,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ImprovementCategory(d.pop("category"))




        description = d.pop("description")

        def _parse_facilities_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        facilities_reference = _parse_facilities_reference(d.pop("facilities_reference"))


        follow_up_note = d.pop("follow_up_note")

        def _parse_follow_up_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_on_type_0 = datetime.date.fromisoformat(data)



                return follow_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        follow_up_on = _parse_follow_up_on(d.pop("follow_up_on"))


        id = d.pop("id")

        proposed_by = d.pop("proposed_by")

        proposed_on = datetime.date.fromisoformat(d.pop("proposed_on"))




        site = d.pop("site")

        status = ImprovementStatus(d.pop("status"))




        title = d.pop("title")

        unit_code = d.pop("unit_code")

        version = d.pop("version")

        improvement_public = cls(
            category=category,
            description=description,
            facilities_reference=facilities_reference,
            follow_up_note=follow_up_note,
            follow_up_on=follow_up_on,
            id=id,
            proposed_by=proposed_by,
            proposed_on=proposed_on,
            site=site,
            status=status,
            title=title,
            unit_code=unit_code,
            version=version,
        )


        improvement_public.additional_properties = d
        return improvement_public

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
