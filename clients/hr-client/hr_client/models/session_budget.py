from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.budget_status import BudgetStatus
from typing import cast
import datetime






T = TypeVar("T", bound="SessionBudget")



@_attrs_define
class SessionBudget:
    """ Budget's latest answer about the session, as hr received it.

        Attributes:
            answered_at (datetime.datetime | None):
            available_ae (float | None | str): AE available on the line at the answer.
            commitment_id (None | str): Budget's commitment holding the AE.
            committed_ae (float | None | str): AE budget holds for the session.
            reason (None | str): Budget's reason for the refusal.
            requested_ae (float | None | str): The estimate budget refused.
            status (BudgetStatus): Where the session's cost stands with budget (T3, action 09 of the organising unit).
     """

    answered_at: datetime.datetime | None
    available_ae: float | None | str
    commitment_id: None | str
    committed_ae: float | None | str
    reason: None | str
    requested_ae: float | None | str
    status: BudgetStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        available_ae: float | None | str
        available_ae = self.available_ae

        commitment_id: None | str
        commitment_id = self.commitment_id

        committed_ae: float | None | str
        committed_ae = self.committed_ae

        reason: None | str
        reason = self.reason

        requested_ae: float | None | str
        requested_ae = self.requested_ae

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answered_at": answered_at,
            "available_ae": available_ae,
            "commitment_id": commitment_id,
            "committed_ae": committed_ae,
            "reason": reason,
            "requested_ae": requested_ae,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)



                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))


        def _parse_available_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        available_ae = _parse_available_ae(d.pop("available_ae"))


        def _parse_commitment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        commitment_id = _parse_commitment_id(d.pop("commitment_id"))


        def _parse_committed_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        committed_ae = _parse_committed_ae(d.pop("committed_ae"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_requested_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        requested_ae = _parse_requested_ae(d.pop("requested_ae"))


        status = BudgetStatus(d.pop("status"))




        session_budget = cls(
            answered_at=answered_at,
            available_ae=available_ae,
            commitment_id=commitment_id,
            committed_ae=committed_ae,
            reason=reason,
            requested_ae=requested_ae,
            status=status,
        )


        session_budget.additional_properties = d
        return session_budget

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
