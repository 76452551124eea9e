from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.action_status import ActionStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ActionPublic")



@_attrs_define
class ActionPublic:
    """ 
        Attributes:
            description (str):
            done_on (datetime.date | None):
            due_date (datetime.date):
            id (int):
            owner (str):
            risk_id (int):
            status (ActionStatus):
            version (int):
     """

    description: str
    done_on: datetime.date | None
    due_date: datetime.date
    id: int
    owner: str
    risk_id: int
    status: ActionStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        due_date = self.due_date.isoformat()

        id = self.id

        owner = self.owner

        risk_id = self.risk_id

        status = self.status.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "done_on": done_on,
            "due_date": due_date,
            "id": id,
            "owner": owner,
            "risk_id": risk_id,
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)



                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))


        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        id = d.pop("id")

        owner = d.pop("owner")

        risk_id = d.pop("risk_id")

        status = ActionStatus(d.pop("status"))




        version = d.pop("version")

        action_public = cls(
            description=description,
            done_on=done_on,
            due_date=due_date,
            id=id,
            owner=owner,
            risk_id=risk_id,
            status=status,
            version=version,
        )


        action_public.additional_properties = d
        return action_public

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
