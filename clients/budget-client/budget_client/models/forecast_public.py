from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.title import Title
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ForecastPublic")



@_attrs_define
class ForecastPublic:
    """ 
        Attributes:
            action (str):
            ae (float | str):
            cp (float | str):
            created_at (datetime.datetime):
            created_by (str):
            fiscal_year (int):
            id (int):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
            version (int):
            comment (None | str | Unset):
     """

    action: str
    ae: float | str
    cp: float | str
    created_at: datetime.datetime
    created_by: str
    fiscal_year: int
    id: int
    title: Title
    unit_code: str
    version: int
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        fiscal_year = self.fiscal_year

        id = self.id

        title = self.title.value

        unit_code = self.unit_code

        version = self.version

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "ae": ae,
            "cp": cp,
            "created_at": created_at,
            "created_by": created_by,
            "fiscal_year": fiscal_year,
            "id": id,
            "title": title,
            "unit_code": unit_code,
            "version": version,
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


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        fiscal_year = d.pop("fiscal_year")

        id = d.pop("id")

        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        forecast_public = cls(
            action=action,
            ae=ae,
            cp=cp,
            created_at=created_at,
            created_by=created_by,
            fiscal_year=fiscal_year,
            id=id,
            title=title,
            unit_code=unit_code,
            version=version,
            comment=comment,
        )


        forecast_public.additional_properties = d
        return forecast_public

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
