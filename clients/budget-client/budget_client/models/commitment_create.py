from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.title import Title
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CommitmentCreate")



@_attrs_define
class CommitmentCreate:
    """ 
        Attributes:
            action (str):
            ae (float | str):
            description (str):
            fiscal_year (int):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
            sub_action (None | str | Unset):
            supplier (None | str | Unset):
     """

    action: str
    ae: float | str
    description: str
    fiscal_year: int
    title: Title
    unit_code: str
    sub_action: None | str | Unset = UNSET
    supplier: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        description = self.description

        fiscal_year = self.fiscal_year

        title = self.title.value

        unit_code = self.unit_code

        sub_action: None | str | Unset
        if isinstance(self.sub_action, Unset):
            sub_action = UNSET
        else:
            sub_action = self.sub_action

        supplier: None | str | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        else:
            supplier = self.supplier


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "ae": ae,
            "description": description,
            "fiscal_year": fiscal_year,
            "title": title,
            "unit_code": unit_code,
        })
        if sub_action is not UNSET:
            field_dict["sub_action"] = sub_action
        if supplier is not UNSET:
            field_dict["supplier"] = supplier

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        description = d.pop("description")

        fiscal_year = d.pop("fiscal_year")

        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        def _parse_sub_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_action = _parse_sub_action(d.pop("sub_action", UNSET))


        def _parse_supplier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))


        commitment_create = cls(
            action=action,
            ae=ae,
            description=description,
            fiscal_year=fiscal_year,
            title=title,
            unit_code=unit_code,
            sub_action=sub_action,
            supplier=supplier,
        )

        return commitment_create

