from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProgrammeItemCreate")



@_attrs_define
class ProgrammeItemCreate:
    """ 
        Attributes:
            credits_ae (float | str):
            credits_cp (float | str):
            description (str):
            owner_unit (str):
            planned (float | str):
            title (str):
            year (int):
            operation_ids (list[str] | Unset):
     """

    credits_ae: float | str
    credits_cp: float | str
    description: str
    owner_unit: str
    planned: float | str
    title: str
    year: int
    operation_ids: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        credits_ae: float | str
        credits_ae = self.credits_ae

        credits_cp: float | str
        credits_cp = self.credits_cp

        description = self.description

        owner_unit = self.owner_unit

        planned: float | str
        planned = self.planned

        title = self.title

        year = self.year

        operation_ids: list[str] | Unset = UNSET
        if not isinstance(self.operation_ids, Unset):
            operation_ids = self.operation_ids




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "credits_ae": credits_ae,
            "credits_cp": credits_cp,
            "description": description,
            "owner_unit": owner_unit,
            "planned": planned,
            "title": title,
            "year": year,
        })
        if operation_ids is not UNSET:
            field_dict["operation_ids"] = operation_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_credits_ae(data: object) -> float | str:
            return cast(float | str, data)

        credits_ae = _parse_credits_ae(d.pop("credits_ae"))


        def _parse_credits_cp(data: object) -> float | str:
            return cast(float | str, data)

        credits_cp = _parse_credits_cp(d.pop("credits_cp"))


        description = d.pop("description")

        owner_unit = d.pop("owner_unit")

        def _parse_planned(data: object) -> float | str:
            return cast(float | str, data)

        planned = _parse_planned(d.pop("planned"))


        title = d.pop("title")

        year = d.pop("year")

        operation_ids = cast(list[str], d.pop("operation_ids", UNSET))


        programme_item_create = cls(
            credits_ae=credits_ae,
            credits_cp=credits_cp,
            description=description,
            owner_unit=owner_unit,
            planned=planned,
            title=title,
            year=year,
            operation_ids=operation_ids,
        )

        return programme_item_create

