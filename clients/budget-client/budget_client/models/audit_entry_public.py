from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.audit_entry_public_action import AuditEntryPublicAction
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_entry_public_changes import AuditEntryPublicChanges





T = TypeVar("T", bound="AuditEntryPublic")



@_attrs_define
class AuditEntryPublic:
    """ One write to one row, as the hash-chained audit trail holds it.

        Attributes:
            action (AuditEntryPublicAction):
            actor (str): The token's subject, `event:<type>` or `system`.
            at (datetime.datetime):
            changes (AuditEntryPublicChanges):
            hash_ (str):
            id (int): Position in the chain (1, 2, 3...).
            prev_hash (str):
            resource (str): The table written.
            resource_id (str): The row's primary key (`a/b` when composite).
            by_delegation_of (None | str | Unset): Whose délégation de signature the act was signed under.
            request_id (None | str | Unset): The request's X-Request-ID, or the event's id.
     """

    action: AuditEntryPublicAction
    actor: str
    at: datetime.datetime
    changes: AuditEntryPublicChanges
    hash_: str
    id: int
    prev_hash: str
    resource: str
    resource_id: str
    by_delegation_of: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_public_changes import AuditEntryPublicChanges # noqa: PLC0415
        action = self.action.value

        actor = self.actor

        at = self.at.isoformat()

        changes = self.changes.to_dict()

        hash_ = self.hash_

        id = self.id

        prev_hash = self.prev_hash

        resource = self.resource

        resource_id = self.resource_id

        by_delegation_of: None | str | Unset
        if isinstance(self.by_delegation_of, Unset):
            by_delegation_of = UNSET
        else:
            by_delegation_of = self.by_delegation_of

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "actor": actor,
            "at": at,
            "changes": changes,
            "hash": hash_,
            "id": id,
            "prev_hash": prev_hash,
            "resource": resource,
            "resource_id": resource_id,
        })
        if by_delegation_of is not UNSET:
            field_dict["by_delegation_of"] = by_delegation_of
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_public_changes import AuditEntryPublicChanges # noqa: PLC0415
        d = dict(src_dict)
        action = AuditEntryPublicAction(d.pop("action"))




        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        changes = AuditEntryPublicChanges.from_dict(d.pop("changes"))




        hash_ = d.pop("hash")

        id = d.pop("id")

        prev_hash = d.pop("prev_hash")

        resource = d.pop("resource")

        resource_id = d.pop("resource_id")

        def _parse_by_delegation_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        by_delegation_of = _parse_by_delegation_of(d.pop("by_delegation_of", UNSET))


        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))


        audit_entry_public = cls(
            action=action,
            actor=actor,
            at=at,
            changes=changes,
            hash_=hash_,
            id=id,
            prev_hash=prev_hash,
            resource=resource,
            resource_id=resource_id,
            by_delegation_of=by_delegation_of,
            request_id=request_id,
        )


        audit_entry_public.additional_properties = d
        return audit_entry_public

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
