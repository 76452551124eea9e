from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ForecastRevisionPublic")



@_attrs_define
class ForecastRevisionPublic:
    """ 
        Attributes:
            ae (float | str):
            cp (float | str):
            previous_ae (float | None | str):
            previous_cp (float | None | str):
            reason (str):
            revised_at (datetime.datetime):
            revised_by (str):
            revision (int):
     """

    ae: float | str
    cp: float | str
    previous_ae: float | None | str
    previous_cp: float | None | str
    reason: str
    revised_at: datetime.datetime
    revised_by: str
    revision: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        previous_ae: float | None | str
        previous_ae = self.previous_ae

        previous_cp: float | None | str
        previous_cp = self.previous_cp

        reason = self.reason

        revised_at = self.revised_at.isoformat()

        revised_by = self.revised_by

        revision = self.revision


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ae": ae,
            "cp": cp,
            "previous_ae": previous_ae,
            "previous_cp": previous_cp,
            "reason": reason,
            "revised_at": revised_at,
            "revised_by": revised_by,
            "revision": revision,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        def _parse_cp(data: object) -> float | str:
            return cast(float | str, data)

        cp = _parse_cp(d.pop("cp"))


        def _parse_previous_ae(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        previous_ae = _parse_previous_ae(d.pop("previous_ae"))


        def _parse_previous_cp(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        previous_cp = _parse_previous_cp(d.pop("previous_cp"))


        reason = d.pop("reason")

        revised_at = datetime.datetime.fromisoformat(d.pop("revised_at"))




        revised_by = d.pop("revised_by")

        revision = d.pop("revision")

        forecast_revision_public = cls(
            ae=ae,
            cp=cp,
            previous_ae=previous_ae,
            previous_cp=previous_cp,
            reason=reason,
            revised_at=revised_at,
            revised_by=revised_by,
            revision=revision,
        )


        forecast_revision_public.additional_properties = d
        return forecast_revision_public

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
