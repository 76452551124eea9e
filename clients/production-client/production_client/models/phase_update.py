from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from ..models.phase_status import PhaseStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PhaseUpdate")



@_attrs_define
class PhaseUpdate:
    """ 
        Attributes:
            depends_on (list[PhaseCode] | None | Unset):
            end (datetime.date | None | Unset):
            name (None | str | Unset):
            start (datetime.date | None | Unset):
            status (None | PhaseStatus | Unset): planned → in_progress; completion is POST .../complete.
     """

    depends_on: list[PhaseCode] | None | Unset = UNSET
    end: datetime.date | None | Unset = UNSET
    name: None | str | Unset = UNSET
    start: datetime.date | None | Unset = UNSET
    status: None | PhaseStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        depends_on: list[str] | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        elif isinstance(self.depends_on, list):
            depends_on = []
            for depends_on_type_0_item_data in self.depends_on:
                depends_on_type_0_item = depends_on_type_0_item_data.value
                depends_on.append(depends_on_type_0_item)


        else:
            depends_on = self.depends_on

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PhaseStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if end is not UNSET:
            field_dict["end"] = end
        if name is not UNSET:
            field_dict["name"] = name
        if start is not UNSET:
            field_dict["start"] = start
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_depends_on(data: object) -> list[PhaseCode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                depends_on_type_0 = []
                _depends_on_type_0 = data
                for depends_on_type_0_item_data in (_depends_on_type_0):
                    depends_on_type_0_item = PhaseCode(depends_on_type_0_item_data)



                    depends_on_type_0.append(depends_on_type_0_item)

                return depends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PhaseCode] | None | Unset, data)

        depends_on = _parse_depends_on(d.pop("depends_on", UNSET))


        def _parse_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)



                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))


        def _parse_status(data: object) -> None | PhaseStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PhaseStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhaseStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        phase_update = cls(
            depends_on=depends_on,
            end=end,
            name=name,
            start=start,
            status=status,
        )

        return phase_update

