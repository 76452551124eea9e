from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.incident_kind import IncidentKind
from ..models.incident_status import IncidentStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.follow_up_public import FollowUpPublic





T = TypeVar("T", bound="IncidentPublic")



@_attrs_define
class IncidentPublic:
    """ 
        Attributes:
            description (str):
            id (int):
            kind (IncidentKind):
            lost_days (int):
            occurred_on (datetime.date):
            reported_by (str):
            site (str):
            status (IncidentStatus):
            unit_code (str):
            version (int):
            follow_ups (list[FollowUpPublic] | Unset):
     """

    description: str
    id: int
    kind: IncidentKind
    lost_days: int
    occurred_on: datetime.date
    reported_by: str
    site: str
    status: IncidentStatus
    unit_code: str
    version: int
    follow_ups: list[FollowUpPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.follow_up_public import FollowUpPublic # noqa: PLC0415
        description = self.description

        id = self.id

        kind = self.kind.value

        lost_days = self.lost_days

        occurred_on = self.occurred_on.isoformat()

        reported_by = self.reported_by

        site = self.site

        status = self.status.value

        unit_code = self.unit_code

        version = self.version

        follow_ups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.follow_ups, Unset):
            follow_ups = []
            for follow_ups_item_data in self.follow_ups:
                follow_ups_item = follow_ups_item_data.to_dict()
                follow_ups.append(follow_ups_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "id": id,
            "kind": kind,
            "lost_days": lost_days,
            "occurred_on": occurred_on,
            "reported_by": reported_by,
            "site": site,
            "status": status,
            "unit_code": unit_code,
            "version": version,
        })
        if follow_ups is not UNSET:
            field_dict["follow_ups"] = follow_ups

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up_public import FollowUpPublic # noqa: PLC0415
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        kind = IncidentKind(d.pop("kind"))




        lost_days = d.pop("lost_days")

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))




        reported_by = d.pop("reported_by")

        site = d.pop("site")

        status = IncidentStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        _follow_ups = d.pop("follow_ups", UNSET)
        follow_ups: list[FollowUpPublic] | Unset = UNSET
        if _follow_ups is not UNSET:
            follow_ups = []
            for follow_ups_item_data in _follow_ups:
                follow_ups_item = FollowUpPublic.from_dict(follow_ups_item_data)



                follow_ups.append(follow_ups_item)


        incident_public = cls(
            description=description,
            id=id,
            kind=kind,
            lost_days=lost_days,
            occurred_on=occurred_on,
            reported_by=reported_by,
            site=site,
            status=status,
            unit_code=unit_code,
            version=version,
            follow_ups=follow_ups,
        )


        incident_public.additional_properties = d
        return incident_public

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
