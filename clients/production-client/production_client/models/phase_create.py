from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PhaseCreate")



@_attrs_define
class PhaseCreate:
    """ 
        Attributes:
            end (datetime.date):
            phase_code (PhaseCode): GSBPM phases, in process order.
            start (datetime.date):
            depends_on (list[PhaseCode] | Unset):
            name (None | str | Unset): Defaults to GSBPM name.
     """

    end: datetime.date
    phase_code: PhaseCode
    start: datetime.date
    depends_on: list[PhaseCode] | Unset = UNSET
    name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        phase_code = self.phase_code.value

        start = self.start.isoformat()

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = []
            for depends_on_item_data in self.depends_on:
                depends_on_item = depends_on_item_data.value
                depends_on.append(depends_on_item)



        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "end": end,
            "phase_code": phase_code,
            "start": start,
        })
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = datetime.date.fromisoformat(d.pop("end"))




        phase_code = PhaseCode(d.pop("phase_code"))




        start = datetime.date.fromisoformat(d.pop("start"))




        _depends_on = d.pop("depends_on", UNSET)
        depends_on: list[PhaseCode] | Unset = UNSET
        if _depends_on is not UNSET:
            depends_on = []
            for depends_on_item_data in _depends_on:
                depends_on_item = PhaseCode(depends_on_item_data)



                depends_on.append(depends_on_item)


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        phase_create = cls(
            end=end,
            phase_code=phase_code,
            start=start,
            depends_on=depends_on,
            name=name,
        )

        return phase_create

