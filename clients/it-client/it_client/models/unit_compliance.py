from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.non_compliant_item import NonCompliantItem





T = TypeVar("T", bound="UnitCompliance")



@_attrs_define
class UnitCompliance:
    """ Items in service (in stock, deployed, in repair) of a unit against the catalogue.

        Attributes:
            approved (int):
            forbidden (int):
            items (int):
            non_compliant (list[NonCompliantItem]):
            outside_catalogue (int):
            tolerated (int):
            unit_code (str):
     """

    approved: int
    forbidden: int
    items: int
    non_compliant: list[NonCompliantItem]
    outside_catalogue: int
    tolerated: int
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.non_compliant_item import NonCompliantItem # noqa: PLC0415
        approved = self.approved

        forbidden = self.forbidden

        items = self.items

        non_compliant = []
        for non_compliant_item_data in self.non_compliant:
            non_compliant_item = non_compliant_item_data.to_dict()
            non_compliant.append(non_compliant_item)



        outside_catalogue = self.outside_catalogue

        tolerated = self.tolerated

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approved": approved,
            "forbidden": forbidden,
            "items": items,
            "non_compliant": non_compliant,
            "outside_catalogue": outside_catalogue,
            "tolerated": tolerated,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.non_compliant_item import NonCompliantItem # noqa: PLC0415
        d = dict(src_dict)
        approved = d.pop("approved")

        forbidden = d.pop("forbidden")

        items = d.pop("items")

        non_compliant = []
        _non_compliant = d.pop("non_compliant")
        for non_compliant_item_data in (_non_compliant):
            non_compliant_item = NonCompliantItem.from_dict(non_compliant_item_data)



            non_compliant.append(non_compliant_item)


        outside_catalogue = d.pop("outside_catalogue")

        tolerated = d.pop("tolerated")

        unit_code = d.pop("unit_code")

        unit_compliance = cls(
            approved=approved,
            forbidden=forbidden,
            items=items,
            non_compliant=non_compliant,
            outside_catalogue=outside_catalogue,
            tolerated=tolerated,
            unit_code=unit_code,
        )


        unit_compliance.additional_properties = d
        return unit_compliance

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
