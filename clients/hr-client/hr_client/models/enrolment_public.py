from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.enrolment_status import EnrolmentStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="EnrolmentPublic")



@_attrs_define
class EnrolmentPublic:
    """ 
        Attributes:
            agent_id (int):
            cancelled_at (datetime.datetime | None):
            id (int):
            promoted_at (datetime.datetime | None):
            requested_at (datetime.datetime):
            session_id (int):
            status (EnrolmentStatus):
            waitlist_position (int | None | Unset):
     """

    agent_id: int
    cancelled_at: datetime.datetime | None
    id: int
    promoted_at: datetime.datetime | None
    requested_at: datetime.datetime
    session_id: int
    status: EnrolmentStatus
    waitlist_position: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        id = self.id

        promoted_at: None | str
        if isinstance(self.promoted_at, datetime.datetime):
            promoted_at = self.promoted_at.isoformat()
        else:
            promoted_at = self.promoted_at

        requested_at = self.requested_at.isoformat()

        session_id = self.session_id

        status = self.status.value

        waitlist_position: int | None | Unset
        if isinstance(self.waitlist_position, Unset):
            waitlist_position = UNSET
        else:
            waitlist_position = self.waitlist_position


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "cancelled_at": cancelled_at,
            "id": id,
            "promoted_at": promoted_at,
            "requested_at": requested_at,
            "session_id": session_id,
            "status": status,
        })
        if waitlist_position is not UNSET:
            field_dict["waitlist_position"] = waitlist_position

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))


        id = d.pop("id")

        def _parse_promoted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promoted_at_type_0 = datetime.datetime.fromisoformat(data)



                return promoted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        promoted_at = _parse_promoted_at(d.pop("promoted_at"))


        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))




        session_id = d.pop("session_id")

        status = EnrolmentStatus(d.pop("status"))




        def _parse_waitlist_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        waitlist_position = _parse_waitlist_position(d.pop("waitlist_position", UNSET))


        enrolment_public = cls(
            agent_id=agent_id,
            cancelled_at=cancelled_at,
            id=id,
            promoted_at=promoted_at,
            requested_at=requested_at,
            session_id=session_id,
            status=status,
            waitlist_position=waitlist_position,
        )


        enrolment_public.additional_properties = d
        return enrolment_public

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
