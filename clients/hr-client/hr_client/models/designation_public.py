from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.designation_role import DesignationRole
from typing import cast
import datetime






T = TypeVar("T", bound="DesignationPublic")



@_attrs_define
class DesignationPublic:
    """ 
        Attributes:
            agent_id (int):
            body_code (str):
            designated_on (datetime.date):
            election_id (int): The CSA election whose votes gave the seat.
            end_reason (None | str):
            ended_on (datetime.date | None):
            first_name (str):
            id (int):
            last_name (str):
            role (DesignationRole): Titulaire or suppléant seat in a formation spécialisée.
            union_code (str):
     """

    agent_id: int
    body_code: str
    designated_on: datetime.date
    election_id: int
    end_reason: None | str
    ended_on: datetime.date | None
    first_name: str
    id: int
    last_name: str
    role: DesignationRole
    union_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        body_code = self.body_code

        designated_on = self.designated_on.isoformat()

        election_id = self.election_id

        end_reason: None | str
        end_reason = self.end_reason

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        role = self.role.value

        union_code = self.union_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "body_code": body_code,
            "designated_on": designated_on,
            "election_id": election_id,
            "end_reason": end_reason,
            "ended_on": ended_on,
            "first_name": first_name,
            "id": id,
            "last_name": last_name,
            "role": role,
            "union_code": union_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        body_code = d.pop("body_code")

        designated_on = datetime.date.fromisoformat(d.pop("designated_on"))




        election_id = d.pop("election_id")

        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))


        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)



                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))


        first_name = d.pop("first_name")

        id = d.pop("id")

        last_name = d.pop("last_name")

        role = DesignationRole(d.pop("role"))




        union_code = d.pop("union_code")

        designation_public = cls(
            agent_id=agent_id,
            body_code=body_code,
            designated_on=designated_on,
            election_id=election_id,
            end_reason=end_reason,
            ended_on=ended_on,
            first_name=first_name,
            id=id,
            last_name=last_name,
            role=role,
            union_code=union_code,
        )


        designation_public.additional_properties = d
        return designation_public

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
