from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AssignmentPublic")



@_attrs_define
class AssignmentPublic:
    """ 
        Attributes:
            agent_id (int):
            created_at (datetime.datetime):
            created_by (str):
            end_date (datetime.date | None):
            end_reason (None | str):
            id (int):
            post_id (int | None):
            quotite (float | str):
            reason (None | str):
            start_date (datetime.date):
            unit_code (str):
     """

    agent_id: int
    created_at: datetime.datetime
    created_by: str
    end_date: datetime.date | None
    end_reason: None | str
    id: int
    post_id: int | None
    quotite: float | str
    reason: None | str
    start_date: datetime.date
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        end_reason: None | str
        end_reason = self.end_reason

        id = self.id

        post_id: int | None
        post_id = self.post_id

        quotite: float | str
        quotite = self.quotite

        reason: None | str
        reason = self.reason

        start_date = self.start_date.isoformat()

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "created_at": created_at,
            "created_by": created_by,
            "end_date": end_date,
            "end_reason": end_reason,
            "id": id,
            "post_id": post_id,
            "quotite": quotite,
            "reason": reason,
            "start_date": start_date,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

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


        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))


        id = d.pop("id")

        def _parse_post_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        post_id = _parse_post_id(d.pop("post_id"))


        def _parse_quotite(data: object) -> float | str:
            return cast(float | str, data)

        quotite = _parse_quotite(d.pop("quotite"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        unit_code = d.pop("unit_code")

        assignment_public = cls(
            agent_id=agent_id,
            created_at=created_at,
            created_by=created_by,
            end_date=end_date,
            end_reason=end_reason,
            id=id,
            post_id=post_id,
            quotite=quotite,
            reason=reason,
            start_date=start_date,
            unit_code=unit_code,
        )


        assignment_public.additional_properties = d
        return assignment_public

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
