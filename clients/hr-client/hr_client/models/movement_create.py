from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MovementCreate")



@_attrs_define
class MovementCreate:
    """ Mobilité: the agent moves to another unit on a date (a dated operation).

        Attributes:
            effective_date (datetime.date):
            to_unit_code (str):
            post_id (int | None | Unset):
            quotite (float | None | str | Unset):
            reason (None | str | Unset):
     """

    effective_date: datetime.date
    to_unit_code: str
    post_id: int | None | Unset = UNSET
    quotite: float | None | str | Unset = UNSET
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        effective_date = self.effective_date.isoformat()

        to_unit_code = self.to_unit_code

        post_id: int | None | Unset
        if isinstance(self.post_id, Unset):
            post_id = UNSET
        else:
            post_id = self.post_id

        quotite: float | None | str | Unset
        if isinstance(self.quotite, Unset):
            quotite = UNSET
        else:
            quotite = self.quotite

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "effective_date": effective_date,
            "to_unit_code": to_unit_code,
        })
        if post_id is not UNSET:
            field_dict["post_id"] = post_id
        if quotite is not UNSET:
            field_dict["quotite"] = quotite
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))




        to_unit_code = d.pop("to_unit_code")

        def _parse_post_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_id = _parse_post_id(d.pop("post_id", UNSET))


        def _parse_quotite(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quotite = _parse_quotite(d.pop("quotite", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        movement_create = cls(
            effective_date=effective_date,
            to_unit_code=to_unit_code,
            post_id=post_id,
            quotite=quotite,
            reason=reason,
        )

        return movement_create

