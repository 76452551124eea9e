from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.unit_target import UnitTarget





T = TypeVar("T", bound="CampaignCreate")



@_attrs_define
class CampaignCreate:
    """ 
        Attributes:
            due_date (datetime.date):
            name (str):
            profile_code (str):
            start_date (datetime.date):
            units (list[UnitTarget]):
     """

    due_date: datetime.date
    name: str
    profile_code: str
    start_date: datetime.date
    units: list[UnitTarget]





    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_target import UnitTarget # noqa: PLC0415
        due_date = self.due_date.isoformat()

        name = self.name

        profile_code = self.profile_code

        start_date = self.start_date.isoformat()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "due_date": due_date,
            "name": name,
            "profile_code": profile_code,
            "start_date": start_date,
            "units": units,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_target import UnitTarget # noqa: PLC0415
        d = dict(src_dict)
        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        name = d.pop("name")

        profile_code = d.pop("profile_code")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        units = []
        _units = d.pop("units")
        for units_item_data in (_units):
            units_item = UnitTarget.from_dict(units_item_data)



            units.append(units_item)


        campaign_create = cls(
            due_date=due_date,
            name=name,
            profile_code=profile_code,
            start_date=start_date,
            units=units,
        )

        return campaign_create

