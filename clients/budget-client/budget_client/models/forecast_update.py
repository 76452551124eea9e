from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ForecastUpdate")



@_attrs_define
class ForecastUpdate:
    """ A revision: new amounts (one or both) and why.

        Attributes:
            reason (str):
            ae (float | None | str | Unset):
            comment (None | str | Unset):
            cp (float | None | str | Unset):
     """

    reason: str
    ae: float | None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    cp: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        ae: float | None | str | Unset
        if isinstance(self.ae, Unset):
            ae = UNSET
        else:
            ae = self.ae

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        cp: float | None | str | Unset
        if isinstance(self.cp, Unset):
            cp = UNSET
        else:
            cp = self.cp


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if ae is not UNSET:
            field_dict["ae"] = ae
        if comment is not UNSET:
            field_dict["comment"] = comment
        if cp is not UNSET:
            field_dict["cp"] = cp

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_ae(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        ae = _parse_ae(d.pop("ae", UNSET))


        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        def _parse_cp(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cp = _parse_cp(d.pop("cp", UNSET))


        forecast_update = cls(
            reason=reason,
            ae=ae,
            comment=comment,
            cp=cp,
        )

        return forecast_update

