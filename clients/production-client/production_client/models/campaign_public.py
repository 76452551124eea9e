from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.campaign_state import CampaignState
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.campaign_unit_public import CampaignUnitPublic





T = TypeVar("T", bound="CampaignPublic")



@_attrs_define
class CampaignPublic:
    """ 
        Attributes:
            done (int):
            due_date (datetime.date):
            expected_share (float | str): Share of the campaign's time elapsed, in %.
            id (int):
            late_units (list[str]):
            name (str):
            percent (float | str): done / target, in %, one decimal.
            profile_code (str):
            start_date (datetime.date):
            state (CampaignState):
            target (int):
            units (list[CampaignUnitPublic]):
            version (int):
     """

    done: int
    due_date: datetime.date
    expected_share: float | str
    id: int
    late_units: list[str]
    name: str
    percent: float | str
    profile_code: str
    start_date: datetime.date
    state: CampaignState
    target: int
    units: list[CampaignUnitPublic]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_unit_public import CampaignUnitPublic # noqa: PLC0415
        done = self.done

        due_date = self.due_date.isoformat()

        expected_share: float | str
        expected_share = self.expected_share

        id = self.id

        late_units = self.late_units



        name = self.name

        percent: float | str
        percent = self.percent

        profile_code = self.profile_code

        start_date = self.start_date.isoformat()

        state = self.state.value

        target = self.target

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "done": done,
            "due_date": due_date,
            "expected_share": expected_share,
            "id": id,
            "late_units": late_units,
            "name": name,
            "percent": percent,
            "profile_code": profile_code,
            "start_date": start_date,
            "state": state,
            "target": target,
            "units": units,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_unit_public import CampaignUnitPublic # noqa: PLC0415
        d = dict(src_dict)
        done = d.pop("done")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        def _parse_expected_share(data: object) -> float | str:
            return cast(float | str, data)

        expected_share = _parse_expected_share(d.pop("expected_share"))


        id = d.pop("id")

        late_units = cast(list[str], d.pop("late_units"))


        name = d.pop("name")

        def _parse_percent(data: object) -> float | str:
            return cast(float | str, data)

        percent = _parse_percent(d.pop("percent"))


        profile_code = d.pop("profile_code")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        state = CampaignState(d.pop("state"))




        target = d.pop("target")

        units = []
        _units = d.pop("units")
        for units_item_data in (_units):
            units_item = CampaignUnitPublic.from_dict(units_item_data)



            units.append(units_item)


        version = d.pop("version")

        campaign_public = cls(
            done=done,
            due_date=due_date,
            expected_share=expected_share,
            id=id,
            late_units=late_units,
            name=name,
            percent=percent,
            profile_code=profile_code,
            start_date=start_date,
            state=state,
            target=target,
            units=units,
            version=version,
        )


        campaign_public.additional_properties = d
        return campaign_public

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
