from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from typing import cast
import datetime






T = TypeVar("T", bound="PhaseDates")



@_attrs_define
class PhaseDates:
    """ 
        Attributes:
            end (datetime.date):
            phase_code (PhaseCode): GSBPM phases, in process order.
            start (datetime.date):
     """

    end: datetime.date
    phase_code: PhaseCode
    start: datetime.date





    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        phase_code = self.phase_code.value

        start = self.start.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "end": end,
            "phase_code": phase_code,
            "start": start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = datetime.date.fromisoformat(d.pop("end"))




        phase_code = PhaseCode(d.pop("phase_code"))




        start = datetime.date.fromisoformat(d.pop("start"))




        phase_dates = cls(
            end=end,
            phase_code=phase_code,
            start=start,
        )

        return phase_dates

