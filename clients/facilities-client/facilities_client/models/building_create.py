from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.tenure import Tenure
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BuildingCreate")



@_attrs_define
class BuildingCreate:
    """ 
        Attributes:
            code (str):
            name (str):
            site_id (int):
            tenure (Tenure):
            address (None | str | Unset):
            floors (int | Unset):  Default: 1.
     """

    code: str
    name: str
    site_id: int
    tenure: Tenure
    address: None | str | Unset = UNSET
    floors: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        site_id = self.site_id

        tenure = self.tenure.value

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        floors = self.floors


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
            "site_id": site_id,
            "tenure": tenure,
        })
        if address is not UNSET:
            field_dict["address"] = address
        if floors is not UNSET:
            field_dict["floors"] = floors

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        site_id = d.pop("site_id")

        tenure = Tenure(d.pop("tenure"))




        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        floors = d.pop("floors", UNSET)

        building_create = cls(
            code=code,
            name=name,
            site_id=site_id,
            tenure=tenure,
            address=address,
            floors=floors,
        )

        return building_create

