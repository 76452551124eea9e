from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="OccupantPublic")



@_attrs_define
class OccupantPublic:
    """ 
        Attributes:
            agent_id (str):
            assignment_id (str):
            end_date (datetime.date | None):
            id (int):
            space_id (int | None):
            start_date (datetime.date):
            unit_code (str):
            version (int):
     """

    agent_id: str
    assignment_id: str
    end_date: datetime.date | None
    id: int
    space_id: int | None
    start_date: datetime.date
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        assignment_id = self.assignment_id

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        id = self.id

        space_id: int | None
        space_id = self.space_id

        start_date = self.start_date.isoformat()

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "assignment_id": assignment_id,
            "end_date": end_date,
            "id": id,
            "space_id": space_id,
            "start_date": start_date,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        assignment_id = d.pop("assignment_id")

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


        id = d.pop("id")

        def _parse_space_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        space_id = _parse_space_id(d.pop("space_id"))


        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        occupant_public = cls(
            agent_id=agent_id,
            assignment_id=assignment_id,
            end_date=end_date,
            id=id,
            space_id=space_id,
            start_date=start_date,
            unit_code=unit_code,
            version=version,
        )


        occupant_public.additional_properties = d
        return occupant_public

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
