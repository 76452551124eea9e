from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.building_occupancy import BuildingOccupancy
  from ..models.unit_occupancy import UnitOccupancy





T = TypeVar("T", bound="OccupancyReport")



@_attrs_define
class OccupancyReport:
    """ 
        Attributes:
            buildings (list[BuildingOccupancy]): Buildings above the standard first, highest ratio first.
            standard_m2 (float | str):
            units (list[UnitOccupancy]):
     """

    buildings: list[BuildingOccupancy]
    standard_m2: float | str
    units: list[UnitOccupancy]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.building_occupancy import BuildingOccupancy # noqa: PLC0415
        from ..models.unit_occupancy import UnitOccupancy # noqa: PLC0415
        buildings = []
        for buildings_item_data in self.buildings:
            buildings_item = buildings_item_data.to_dict()
            buildings.append(buildings_item)



        standard_m2: float | str
        standard_m2 = self.standard_m2

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "buildings": buildings,
            "standard_m2": standard_m2,
            "units": units,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.building_occupancy import BuildingOccupancy # noqa: PLC0415
        from ..models.unit_occupancy import UnitOccupancy # noqa: PLC0415
        d = dict(src_dict)
        buildings = []
        _buildings = d.pop("buildings")
        for buildings_item_data in (_buildings):
            buildings_item = BuildingOccupancy.from_dict(buildings_item_data)



            buildings.append(buildings_item)


        def _parse_standard_m2(data: object) -> float | str:
            return cast(float | str, data)

        standard_m2 = _parse_standard_m2(d.pop("standard_m2"))


        units = []
        _units = d.pop("units")
        for units_item_data in (_units):
            units_item = UnitOccupancy.from_dict(units_item_data)



            units.append(units_item)


        occupancy_report = cls(
            buildings=buildings,
            standard_m2=standard_m2,
            units=units,
        )


        occupancy_report.additional_properties = d
        return occupancy_report

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
