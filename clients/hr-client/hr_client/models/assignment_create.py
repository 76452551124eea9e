from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AssignmentCreate")



@_attrs_define
class AssignmentCreate:
    """ Affectation of an agent to a unit (and optionally a post) from a date.

        Attributes:
            start_date (datetime.date):
            unit_code (str):
            end_date (datetime.date | None | Unset):
            post_id (int | None | Unset):
            quotite (float | None | str | Unset): Default: the agent's quotité.
            reason (None | str | Unset):
     """

    start_date: datetime.date
    unit_code: str
    end_date: datetime.date | None | Unset = UNSET
    post_id: int | None | Unset = UNSET
    quotite: float | None | str | Unset = UNSET
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        unit_code = self.unit_code

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

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
            "start_date": start_date,
            "unit_code": unit_code,
        })
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
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
        start_date = datetime.date.fromisoformat(d.pop("start_date"))




        unit_code = d.pop("unit_code")

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)



                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))


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


        assignment_create = cls(
            start_date=start_date,
            unit_code=unit_code,
            end_date=end_date,
            post_id=post_id,
            quotite=quotite,
            reason=reason,
        )

        return assignment_create

