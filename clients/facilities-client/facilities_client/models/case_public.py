from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.case_category import CaseCategory
from ..models.case_status import CaseStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CasePublic")



@_attrs_define
class CasePublic:
    """ 
        Attributes:
            agent_ref (str):
            category (CaseCategory):
            closed_on (datetime.date | None):
            id (int):
            opened_on (datetime.date):
            social_worker (str):
            status (CaseStatus):
            summary (str):
            unit_code (str):
            version (int):
     """

    agent_ref: str
    category: CaseCategory
    closed_on: datetime.date | None
    id: int
    opened_on: datetime.date
    social_worker: str
    status: CaseStatus
    summary: str
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_ref = self.agent_ref

        category = self.category.value

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        id = self.id

        opened_on = self.opened_on.isoformat()

        social_worker = self.social_worker

        status = self.status.value

        summary = self.summary

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_ref": agent_ref,
            "category": category,
            "closed_on": closed_on,
            "id": id,
            "opened_on": opened_on,
            "social_worker": social_worker,
            "status": status,
            "summary": summary,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_ref = d.pop("agent_ref")

        category = CaseCategory(d.pop("category"))




        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)



                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))


        id = d.pop("id")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        social_worker = d.pop("social_worker")

        status = CaseStatus(d.pop("status"))




        summary = d.pop("summary")

        unit_code = d.pop("unit_code")

        version = d.pop("version")

        case_public = cls(
            agent_ref=agent_ref,
            category=category,
            closed_on=closed_on,
            id=id,
            opened_on=opened_on,
            social_worker=social_worker,
            status=status,
            summary=summary,
            unit_code=unit_code,
            version=version,
        )


        case_public.additional_properties = d
        return case_public

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
