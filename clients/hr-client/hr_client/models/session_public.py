from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.session_status import SessionStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.session_budget import SessionBudget





T = TypeVar("T", bound="SessionPublic")



@_attrs_define
class SessionPublic:
    """ 
        Attributes:
            actual_cost (float | None | str): Certified as service fait at completion.
            budget (SessionBudget): Budget's latest answer about the session, as hr received it.
            cancelled (bool):
            capacity (int):
            completed_on (datetime.date | None):
            course_id (int):
            end_date (datetime.date):
            estimated_cost (float | None | str): Committed on T3 at confirmation.
            id (int):
            place (str):
            start_date (datetime.date):
            status (SessionStatus):
            unit_code (str):
            version (int):
            enrolled (int | Unset):  Default: 0.
            waitlisted (int | Unset):  Default: 0.
     """

    actual_cost: float | None | str
    budget: SessionBudget
    cancelled: bool
    capacity: int
    completed_on: datetime.date | None
    course_id: int
    end_date: datetime.date
    estimated_cost: float | None | str
    id: int
    place: str
    start_date: datetime.date
    status: SessionStatus
    unit_code: str
    version: int
    enrolled: int | Unset = 0
    waitlisted: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.session_budget import SessionBudget # noqa: PLC0415
        actual_cost: float | None | str
        actual_cost = self.actual_cost

        budget = self.budget.to_dict()

        cancelled = self.cancelled

        capacity = self.capacity

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        course_id = self.course_id

        end_date = self.end_date.isoformat()

        estimated_cost: float | None | str
        estimated_cost = self.estimated_cost

        id = self.id

        place = self.place

        start_date = self.start_date.isoformat()

        status = self.status.value

        unit_code = self.unit_code

        version = self.version

        enrolled = self.enrolled

        waitlisted = self.waitlisted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual_cost": actual_cost,
            "budget": budget,
            "cancelled": cancelled,
            "capacity": capacity,
            "completed_on": completed_on,
            "course_id": course_id,
            "end_date": end_date,
            "estimated_cost": estimated_cost,
            "id": id,
            "place": place,
            "start_date": start_date,
            "status": status,
            "unit_code": unit_code,
            "version": version,
        })
        if enrolled is not UNSET:
            field_dict["enrolled"] = enrolled
        if waitlisted is not UNSET:
            field_dict["waitlisted"] = waitlisted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_budget import SessionBudget # noqa: PLC0415
        d = dict(src_dict)
        def _parse_actual_cost(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        actual_cost = _parse_actual_cost(d.pop("actual_cost"))


        budget = SessionBudget.from_dict(d.pop("budget"))




        cancelled = d.pop("cancelled")

        capacity = d.pop("capacity")

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


        course_id = d.pop("course_id")

        end_date = datetime.date.fromisoformat(d.pop("end_date"))




        def _parse_estimated_cost(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        estimated_cost = _parse_estimated_cost(d.pop("estimated_cost"))


        id = d.pop("id")

        place = d.pop("place")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        status = SessionStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        enrolled = d.pop("enrolled", UNSET)

        waitlisted = d.pop("waitlisted", UNSET)

        session_public = cls(
            actual_cost=actual_cost,
            budget=budget,
            cancelled=cancelled,
            capacity=capacity,
            completed_on=completed_on,
            course_id=course_id,
            end_date=end_date,
            estimated_cost=estimated_cost,
            id=id,
            place=place,
            start_date=start_date,
            status=status,
            unit_code=unit_code,
            version=version,
            enrolled=enrolled,
            waitlisted=waitlisted,
        )


        session_public.additional_properties = d
        return session_public

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
