from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.incident_kind import IncidentKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="IncidentCreate")



@_attrs_define
class IncidentCreate:
    """ 
        Attributes:
            description (str):
            kind (IncidentKind):
            occurred_on (datetime.date):
            site (str):
            unit_code (str):
            lost_days (int | Unset):  Default: 0.
     """

    description: str
    kind: IncidentKind
    occurred_on: datetime.date
    site: str
    unit_code: str
    lost_days: int | Unset = 0





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind = self.kind.value

        occurred_on = self.occurred_on.isoformat()

        site = self.site

        unit_code = self.unit_code

        lost_days = self.lost_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "kind": kind,
            "occurred_on": occurred_on,
            "site": site,
            "unit_code": unit_code,
        })
        if lost_days is not UNSET:
            field_dict["lost_days"] = lost_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        kind = IncidentKind(d.pop("kind"))




        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))




        site = d.pop("site")

        unit_code = d.pop("unit_code")

        lost_days = d.pop("lost_days", UNSET)

        incident_create = cls(
            description=description,
            kind=kind,
            occurred_on=occurred_on,
            site=site,
            unit_code=unit_code,
            lost_days=lost_days,
        )

        return incident_create

