from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.logistics_kind import LogisticsKind
from typing import cast
import datetime






T = TypeVar("T", bound="LogisticsCreate")



@_attrs_define
class LogisticsCreate:
    """ 
        Attributes:
            description (str):
            kind (LogisticsKind):
            unit_code (str):
            wanted_on (datetime.date):
     """

    description: str
    kind: LogisticsKind
    unit_code: str
    wanted_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind = self.kind.value

        unit_code = self.unit_code

        wanted_on = self.wanted_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "kind": kind,
            "unit_code": unit_code,
            "wanted_on": wanted_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        kind = LogisticsKind(d.pop("kind"))




        unit_code = d.pop("unit_code")

        wanted_on = datetime.date.fromisoformat(d.pop("wanted_on"))




        logistics_create = cls(
            description=description,
            kind=kind,
            unit_code=unit_code,
            wanted_on=wanted_on,
        )

        return logistics_create

