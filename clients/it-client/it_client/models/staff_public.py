from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="StaffPublic")



@_attrs_define
class StaffPublic:
    """ 
        Attributes:
            active (bool):
            agent_id (str):
            assignment_id (str):
            category (None | str):
            end_date (datetime.date | None):
            quotite (float | str):
            start_date (datetime.date):
            unit_code (str):
            updated_at (datetime.datetime):
            version (int):
     """

    active: bool
    agent_id: str
    assignment_id: str
    category: None | str
    end_date: datetime.date | None
    quotite: float | str
    start_date: datetime.date
    unit_code: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        agent_id = self.agent_id

        assignment_id = self.assignment_id

        category: None | str
        category = self.category

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        quotite: float | str
        quotite = self.quotite

        start_date = self.start_date.isoformat()

        unit_code = self.unit_code

        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "agent_id": agent_id,
            "assignment_id": assignment_id,
            "category": category,
            "end_date": end_date,
            "quotite": quotite,
            "start_date": start_date,
            "unit_code": unit_code,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        agent_id = d.pop("agent_id")

        assignment_id = d.pop("assignment_id")

        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))


        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)



                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))


        def _parse_quotite(data: object) -> float | str:
            return cast(float | str, data)

        quotite = _parse_quotite(d.pop("quotite"))


        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        unit_code = d.pop("unit_code")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        staff_public = cls(
            active=active,
            agent_id=agent_id,
            assignment_id=assignment_id,
            category=category,
            end_date=end_date,
            quotite=quotite,
            start_date=start_date,
            unit_code=unit_code,
            updated_at=updated_at,
            version=version,
        )


        staff_public.additional_properties = d
        return staff_public

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
