from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tenure import Tenure
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BuildingUpdate")



@_attrs_define
class BuildingUpdate:
    """ 
        Attributes:
            address (None | str | Unset):
            floors (int | None | Unset):
            name (None | str | Unset):
            tenure (None | Tenure | Unset):
     """

    address: None | str | Unset = UNSET
    floors: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tenure: None | Tenure | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        floors: int | None | Unset
        if isinstance(self.floors, Unset):
            floors = UNSET
        else:
            floors = self.floors

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tenure: None | str | Unset
        if isinstance(self.tenure, Unset):
            tenure = UNSET
        elif isinstance(self.tenure, Tenure):
            tenure = self.tenure.value
        else:
            tenure = self.tenure


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if address is not UNSET:
            field_dict["address"] = address
        if floors is not UNSET:
            field_dict["floors"] = floors
        if name is not UNSET:
            field_dict["name"] = name
        if tenure is not UNSET:
            field_dict["tenure"] = tenure

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_floors(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        floors = _parse_floors(d.pop("floors", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_tenure(data: object) -> None | Tenure | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tenure_type_0 = Tenure(data)



                return tenure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tenure | Unset, data)

        tenure = _parse_tenure(d.pop("tenure", UNSET))


        building_update = cls(
            address=address,
            floors=floors,
            name=name,
            tenure=tenure,
        )

        return building_update

