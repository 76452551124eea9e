from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from ..models.phase_status import PhaseStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.phase_needs_public import PhaseNeedsPublic





T = TypeVar("T", bound="PhasePublic")



@_attrs_define
class PhasePublic:
    """ 
        Attributes:
            completed_on (datetime.date | None):
            depends_on (list[PhaseCode]):
            end (datetime.date):
            id (int):
            late (bool): Not completed and its end date has passed.
            name (str):
            needs (PhaseNeedsPublic):
            operation_id (int):
            phase_code (PhaseCode): GSBPM phases, in process order.
            start (datetime.date):
            started_on (datetime.date | None):
            status (PhaseStatus):
            version (int):
     """

    completed_on: datetime.date | None
    depends_on: list[PhaseCode]
    end: datetime.date
    id: int
    late: bool
    name: str
    needs: PhaseNeedsPublic
    operation_id: int
    phase_code: PhaseCode
    start: datetime.date
    started_on: datetime.date | None
    status: PhaseStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.phase_needs_public import PhaseNeedsPublic # noqa: PLC0415
        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        depends_on = []
        for depends_on_item_data in self.depends_on:
            depends_on_item = depends_on_item_data.value
            depends_on.append(depends_on_item)



        end = self.end.isoformat()

        id = self.id

        late = self.late

        name = self.name

        needs = self.needs.to_dict()

        operation_id = self.operation_id

        phase_code = self.phase_code.value

        start = self.start.isoformat()

        started_on: None | str
        if isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        status = self.status.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completed_on": completed_on,
            "depends_on": depends_on,
            "end": end,
            "id": id,
            "late": late,
            "name": name,
            "needs": needs,
            "operation_id": operation_id,
            "phase_code": phase_code,
            "start": start,
            "started_on": started_on,
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phase_needs_public import PhaseNeedsPublic # noqa: PLC0415
        d = dict(src_dict)
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


        depends_on = []
        _depends_on = d.pop("depends_on")
        for depends_on_item_data in (_depends_on):
            depends_on_item = PhaseCode(depends_on_item_data)



            depends_on.append(depends_on_item)


        end = datetime.date.fromisoformat(d.pop("end"))




        id = d.pop("id")

        late = d.pop("late")

        name = d.pop("name")

        needs = PhaseNeedsPublic.from_dict(d.pop("needs"))




        operation_id = d.pop("operation_id")

        phase_code = PhaseCode(d.pop("phase_code"))




        start = datetime.date.fromisoformat(d.pop("start"))




        def _parse_started_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)



                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        started_on = _parse_started_on(d.pop("started_on"))


        status = PhaseStatus(d.pop("status"))




        version = d.pop("version")

        phase_public = cls(
            completed_on=completed_on,
            depends_on=depends_on,
            end=end,
            id=id,
            late=late,
            name=name,
            needs=needs,
            operation_id=operation_id,
            phase_code=phase_code,
            start=start,
            started_on=started_on,
            status=status,
            version=version,
        )


        phase_public.additional_properties = d
        return phase_public

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
