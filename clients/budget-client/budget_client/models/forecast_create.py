from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.title import Title
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ForecastCreate")



@_attrs_define
class ForecastCreate:
    """ 
        Attributes:
            action (str):
            ae (float | str):
            cp (float | str):
            fiscal_year (int):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
            comment (None | str | Unset):
     """

    action: str
    ae: float | str
    cp: float | str
    fiscal_year: int
    title: Title
    unit_code: str
    comment: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        fiscal_year = self.fiscal_year

        title = self.title.value

        unit_code = self.unit_code

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "ae": ae,
            "cp": cp,
            "fiscal_year": fiscal_year,
            "title": title,
            "unit_code": unit_code,
        })
        if comment is not UNSET:
            field_dict["comment"] = comment

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

        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        forecast_create = cls(
            action=action,
            ae=ae,
            cp=cp,
            fiscal_year=fiscal_year,
            title=title,
            unit_code=unit_code,
            comment=comment,
        )

        return forecast_create

