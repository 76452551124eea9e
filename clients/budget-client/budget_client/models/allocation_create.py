from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.title import Title
from typing import cast






T = TypeVar("T", bound="AllocationCreate")



@_attrs_define
class AllocationCreate:
    """ A dotation notified directly by the DPG (e.g. complementary), without a request.

        Attributes:
            action (str):
            ae (float | str):
            cp (float | str):
            fiscal_year (int):
            reason (str):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
     """

    action: str
    ae: float | str
    cp: float | str
    fiscal_year: int
    reason: str
    title: Title
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        fiscal_year = self.fiscal_year

        reason = self.reason

        title = self.title.value

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "ae": ae,
            "cp": cp,
            "fiscal_year": fiscal_year,
            "reason": reason,
            "title": title,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        def _parse_cp(data: object) -> float | str:
            return cast(float | str, data)

        cp = _parse_cp(d.pop("cp"))


        fiscal_year = d.pop("fiscal_year")

        reason = d.pop("reason")

        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        allocation_create = cls(
            action=action,
            ae=ae,
            cp=cp,
            fiscal_year=fiscal_year,
            reason=reason,
            title=title,
            unit_code=unit_code,
        )

        return allocation_create

