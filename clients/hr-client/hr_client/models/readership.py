from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.unit_readership import UnitReadership





T = TypeVar("T", bound="Readership")



@_attrs_define
class Readership:
    """ Acknowledgements and the unread rate per unit.

        Attributes:
            acknowledged (int):
            announcement_id (int):
            targeted (int):
            units (list[UnitReadership]):
            unread_rate (float | str):
     """

    acknowledged: int
    announcement_id: int
    targeted: int
    units: list[UnitReadership]
    unread_rate: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_readership import UnitReadership # noqa: PLC0415
        acknowledged = self.acknowledged

        announcement_id = self.announcement_id

        targeted = self.targeted

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)



        unread_rate: float | str
        unread_rate = self.unread_rate


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged": acknowledged,
            "announcement_id": announcement_id,
            "targeted": targeted,
            "units": units,
            "unread_rate": unread_rate,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_readership import UnitReadership # noqa: PLC0415
        d = dict(src_dict)
        acknowledged = d.pop("acknowledged")

        announcement_id = d.pop("announcement_id")

        targeted = d.pop("targeted")

        units = []
        _units = d.pop("units")
        for units_item_data in (_units):
            units_item = UnitReadership.from_dict(units_item_data)



            units.append(units_item)


        def _parse_unread_rate(data: object) -> float | str:
            return cast(float | str, data)

        unread_rate = _parse_unread_rate(d.pop("unread_rate"))


        readership = cls(
            acknowledged=acknowledged,
            announcement_id=announcement_id,
            targeted=targeted,
            units=units,
            unread_rate=unread_rate,
        )


        readership.additional_properties = d
        return readership

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
