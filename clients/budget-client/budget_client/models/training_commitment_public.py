from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.training_commitment_status import TrainingCommitmentStatus
from typing import cast
import datetime






T = TypeVar("T", bound="TrainingCommitmentPublic")



@_attrs_define
class TrainingCommitmentPublic:
    """ 
        Attributes:
            actual_cost (float | None | str): Certified as service fait at completion.
            available_ae (float | str): AE available on the line at the latest answer.
            commitment_id (int | None):
            completed_on (datetime.date | None):
            course_code (str):
            course_title (str):
            created_at (datetime.datetime):
            end_date (datetime.date):
            fiscal_year (int):
            id (int):
            reason (None | str): Why the latest request was refused.
            released_ae (float | None | str): Returned to the line (cancel, completion).
            requested_ae (float | str): The session's latest estimated cost.
            session_id (str): hr's training session.
            start_date (datetime.date):
            status (TrainingCommitmentStatus):
            unit_code (str): The organising unit, whose T3 (action 09) pays.
            updated_at (datetime.datetime):
     """

    actual_cost: float | None | str
    available_ae: float | str
    commitment_id: int | None
    completed_on: datetime.date | None
    course_code: str
    course_title: str
    created_at: datetime.datetime
    end_date: datetime.date
    fiscal_year: int
    id: int
    reason: None | str
    released_ae: float | None | str
    requested_ae: float | str
    session_id: str
    start_date: datetime.date
    status: TrainingCommitmentStatus
    unit_code: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual_cost: float | None | str
        actual_cost = self.actual_cost

        available_ae: float | str
        available_ae = self.available_ae

        commitment_id: int | None
        commitment_id = self.commitment_id

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        course_code = self.course_code

        course_title = self.course_title

        created_at = self.created_at.isoformat()

        end_date = self.end_date.isoformat()

        fiscal_year = self.fiscal_year

        id = self.id

        reason: None | str
        reason = self.reason

        released_ae: float | None | str
        released_ae = self.released_ae

        requested_ae: float | str
        requested_ae = self.requested_ae

        session_id = self.session_id

        start_date = self.start_date.isoformat()

        status = self.status.value

        unit_code = self.unit_code

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual_cost": actual_cost,
            "available_ae": available_ae,
            "commitment_id": commitment_id,
            "completed_on": completed_on,
            "course_code": course_code,
            "course_title": course_title,
            "created_at": created_at,
            "end_date": end_date,
            "fiscal_year": fiscal_year,
            "id": id,
            "reason": reason,
            "released_ae": released_ae,
            "requested_ae": requested_ae,
            "session_id": session_id,
            "start_date": start_date,
            "status": status,
            "unit_code": unit_code,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual_cost(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        actual_cost = _parse_actual_cost(d.pop("actual_cost"))


        def _parse_available_ae(data: object) -> float | str:
            return cast(float | str, data)

        available_ae = _parse_available_ae(d.pop("available_ae"))


        def _parse_commitment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        commitment_id = _parse_commitment_id(d.pop("commitment_id"))


        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)



                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))


        course_code = d.pop("course_code")

        course_title = d.pop("course_title")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        end_date = datetime.date.fromisoformat(d.pop("end_date"))




        fiscal_year = d.pop("fiscal_year")

        id = d.pop("id")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_released_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        released_ae = _parse_released_ae(d.pop("released_ae"))


        def _parse_requested_ae(data: object) -> float | str:
            return cast(float | str, data)

        requested_ae = _parse_requested_ae(d.pop("requested_ae"))


        session_id = d.pop("session_id")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        status = TrainingCommitmentStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        training_commitment_public = cls(
            actual_cost=actual_cost,
            available_ae=available_ae,
            commitment_id=commitment_id,
            completed_on=completed_on,
            course_code=course_code,
            course_title=course_title,
            created_at=created_at,
            end_date=end_date,
            fiscal_year=fiscal_year,
            id=id,
            reason=reason,
            released_ae=released_ae,
            requested_ae=requested_ae,
            session_id=session_id,
            start_date=start_date,
            status=status,
            unit_code=unit_code,
            updated_at=updated_at,
        )


        training_commitment_public.additional_properties = d
        return training_commitment_public

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
