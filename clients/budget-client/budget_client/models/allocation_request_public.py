from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_outcome import DecisionOutcome
from ..models.request_status import RequestStatus
from ..models.title import Title
from typing import cast
import datetime






T = TypeVar("T", bound="AllocationRequestPublic")



@_attrs_define
class AllocationRequestPublic:
    """ 
        Attributes:
            action (str):
            allocation_id (int | None):
            decided_at (datetime.datetime | None):
            decided_by (None | str):
            decision (DecisionOutcome | None):
            decision_reason (None | str):
            fiscal_year (int):
            granted_ae (float | None | str):
            granted_cp (float | None | str):
            id (int):
            justification (str):
            requested_ae (float | str):
            requested_cp (float | str):
            status (RequestStatus):
            submitted_at (datetime.datetime):
            submitted_by (str):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
            version (int):
     """

    action: str
    allocation_id: int | None
    decided_at: datetime.datetime | None
    decided_by: None | str
    decision: DecisionOutcome | None
    decision_reason: None | str
    fiscal_year: int
    granted_ae: float | None | str
    granted_cp: float | None | str
    id: int
    justification: str
    requested_ae: float | str
    requested_cp: float | str
    status: RequestStatus
    submitted_at: datetime.datetime
    submitted_by: str
    title: Title
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        allocation_id: int | None
        allocation_id = self.allocation_id

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by: None | str
        decided_by = self.decided_by

        decision: None | str
        if isinstance(self.decision, DecisionOutcome):
            decision = self.decision.value
        else:
            decision = self.decision

        decision_reason: None | str
        decision_reason = self.decision_reason

        fiscal_year = self.fiscal_year

        granted_ae: float | None | str
        granted_ae = self.granted_ae

        granted_cp: float | None | str
        granted_cp = self.granted_cp

        id = self.id

        justification = self.justification

        requested_ae: float | str
        requested_ae = self.requested_ae

        requested_cp: float | str
        requested_cp = self.requested_cp

        status = self.status.value

        submitted_at = self.submitted_at.isoformat()

        submitted_by = self.submitted_by

        title = self.title.value

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "allocation_id": allocation_id,
            "decided_at": decided_at,
            "decided_by": decided_by,
            "decision": decision,
            "decision_reason": decision_reason,
            "fiscal_year": fiscal_year,
            "granted_ae": granted_ae,
            "granted_cp": granted_cp,
            "id": id,
            "justification": justification,
            "requested_ae": requested_ae,
            "requested_cp": requested_cp,
            "status": status,
            "submitted_at": submitted_at,
            "submitted_by": submitted_by,
            "title": title,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_allocation_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        allocation_id = _parse_allocation_id(d.pop("allocation_id"))


        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))


        def _parse_decision(data: object) -> DecisionOutcome | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_0 = DecisionOutcome(data)



                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionOutcome | None, data)

        decision = _parse_decision(d.pop("decision"))


        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))


        fiscal_year = d.pop("fiscal_year")

        def _parse_granted_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        granted_ae = _parse_granted_ae(d.pop("granted_ae"))


        def _parse_granted_cp(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        granted_cp = _parse_granted_cp(d.pop("granted_cp"))


        id = d.pop("id")

        justification = d.pop("justification")

        def _parse_requested_ae(data: object) -> float | str:
            return cast(float | str, data)

        requested_ae = _parse_requested_ae(d.pop("requested_ae"))


        def _parse_requested_cp(data: object) -> float | str:
            return cast(float | str, data)

        requested_cp = _parse_requested_cp(d.pop("requested_cp"))


        status = RequestStatus(d.pop("status"))




        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))




        submitted_by = d.pop("submitted_by")

        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        allocation_request_public = cls(
            action=action,
            allocation_id=allocation_id,
            decided_at=decided_at,
            decided_by=decided_by,
            decision=decision,
            decision_reason=decision_reason,
            fiscal_year=fiscal_year,
            granted_ae=granted_ae,
            granted_cp=granted_cp,
            id=id,
            justification=justification,
            requested_ae=requested_ae,
            requested_cp=requested_cp,
            status=status,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
            title=title,
            unit_code=unit_code,
            version=version,
        )


        allocation_request_public.additional_properties = d
        return allocation_request_public

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
