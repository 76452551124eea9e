from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.unit_target import UnitTarget





T = TypeVar("T", bound="CampaignUpdate")



@_attrs_define
class CampaignUpdate:
    """ 
        Attributes:
            closed (bool | None | Unset):
            due_date (datetime.date | None | Unset):
            name (None | str | Unset):
            units (list[UnitTarget] | None | Unset): Targets to add or change (others kept).
     """

    closed: bool | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    name: None | str | Unset = UNSET
    units: list[UnitTarget] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_target import UnitTarget # noqa: PLC0415
        closed: bool | None | Unset
        if isinstance(self.closed, Unset):
            closed = UNSET
        else:
            closed = self.closed

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        units: list[dict[str, Any]] | None | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        elif isinstance(self.units, list):
            units = []
            for units_type_0_item_data in self.units:
                units_type_0_item = units_type_0_item_data.to_dict()
                units.append(units_type_0_item)


        else:
            units = self.units


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if closed is not UNSET:
            field_dict["closed"] = closed
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if name is not UNSET:
            field_dict["name"] = name
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_target import UnitTarget # noqa: PLC0415
        d = dict(src_dict)
        def _parse_closed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        closed = _parse_closed(d.pop("closed", UNSET))


        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)



                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_units(data: object) -> list[UnitTarget] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                units_type_0 = []
                _units_type_0 = data
                for units_type_0_item_data in (_units_type_0):
                    units_type_0_item = UnitTarget.from_dict(units_type_0_item_data)



                    units_type_0.append(units_type_0_item)

                return units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UnitTarget] | None | Unset, data)

        units = _parse_units(d.pop("units", UNSET))


        campaign_update = cls(
            closed=closed,
            due_date=due_date,
            name=name,
            units=units,
        )

        return campaign_update

