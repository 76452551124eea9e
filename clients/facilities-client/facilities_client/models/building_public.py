from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tenure import Tenure
from typing import cast






T = TypeVar("T", bound="BuildingPublic")



@_attrs_define
class BuildingPublic:
    """ 
        Attributes:
            address (None | str):
            code (str):
            floors (int):
            id (int):
            name (str):
            site_id (int):
            tenure (Tenure):
            unit_code (str):
            version (int):
     """

    address: None | str
    code: str
    floors: int
    id: int
    name: str
    site_id: int
    tenure: Tenure
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        address: None | str
        address = self.address

        code = self.code

        floors = self.floors

        id = self.id

        name = self.name

        site_id = self.site_id

        tenure = self.tenure.value

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "address": address,
            "code": code,
            "floors": floors,
            "id": id,
            "name": name,
            "site_id": site_id,
            "tenure": tenure,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        code = d.pop("code")

        floors = d.pop("floors")

        id = d.pop("id")

        name = d.pop("name")

        site_id = d.pop("site_id")

        tenure = Tenure(d.pop("tenure"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        building_public = cls(
            address=address,
            code=code,
            floors=floors,
            id=id,
            name=name,
            site_id=site_id,
            tenure=tenure,
            unit_code=unit_code,
            version=version,
        )


        building_public.additional_properties = d
        return building_public

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
