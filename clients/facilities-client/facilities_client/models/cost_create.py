from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cost_kind import CostKind
from typing import cast






T = TypeVar("T", bound="CostCreate")



@_attrs_define
class CostCreate:
    """ 
        Attributes:
            amount (float | str):
            kind (CostKind):
            year (int):
     """

    amount: float | str
    kind: CostKind
    year: int





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        kind = self.kind.value

        year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
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


        kind = CostKind(d.pop("kind"))




        year = d.pop("year")

        cost_create = cls(
            amount=amount,
            kind=kind,
            year=year,
        )

        return cost_create

