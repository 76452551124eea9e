from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cost_kind import CostKind
from typing import cast






T = TypeVar("T", bound="CostPublic")



@_attrs_define
class CostPublic:
    """ 
        Attributes:
            amount (float | str):
            building_id (int):
            id (int):
            kind (CostKind):
            year (int):
     """

    amount: float | str
    building_id: int
    id: int
    kind: CostKind
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        building_id = self.building_id

        id = self.id

        kind = self.kind.value

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "building_id": building_id,
            "id": id,
            "kind": kind,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        building_id = d.pop("building_id")

        id = d.pop("id")

        kind = CostKind(d.pop("kind"))




        year = d.pop("year")

        cost_public = cls(
            amount=amount,
            building_id=building_id,
            id=id,
            kind=kind,
            year=year,
        )


        cost_public.additional_properties = d
        return cost_public

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
