from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.title import Title
from typing import cast
import datetime






T = TypeVar("T", bound="AllocationPublic")



@_attrs_define
class AllocationPublic:
    """ 
        Attributes:
            action (str):
            ae (float | str): AE as notified.
            cp (float | str): CP as notified.
            fiscal_year (int):
            frozen_ae (float | str): AE of this allocation currently in reserve.
            frozen_cp (float | str):
            id (int):
            notified_at (datetime.datetime):
            notified_by (str):
            reason (None | str):
            request_id (int | None):
            reserve_applied (bool):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
     """

    action: str
    ae: float | str
    cp: float | str
    fiscal_year: int
    frozen_ae: float | str
    frozen_cp: float | str
    id: int
    notified_at: datetime.datetime
    notified_by: str
    reason: None | str
    request_id: int | None
    reserve_applied: bool
    title: Title
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        fiscal_year = self.fiscal_year

        frozen_ae: float | str
        frozen_ae = self.frozen_ae

        frozen_cp: float | str
        frozen_cp = self.frozen_cp

        id = self.id

        notified_at = self.notified_at.isoformat()

        notified_by = self.notified_by

        reason: None | str
        reason = self.reason

        request_id: int | None
        request_id = self.request_id

        reserve_applied = self.reserve_applied

        title = self.title.value

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "ae": ae,
            "cp": cp,
            "fiscal_year": fiscal_year,
            "frozen_ae": frozen_ae,
            "frozen_cp": frozen_cp,
            "id": id,
            "notified_at": notified_at,
            "notified_by": notified_by,
            "reason": reason,
            "request_id": request_id,
            "reserve_applied": reserve_applied,
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

        def _parse_frozen_ae(data: object) -> float | str:
            return cast(float | str, data)

        frozen_ae = _parse_frozen_ae(d.pop("frozen_ae"))


        def _parse_frozen_cp(data: object) -> float | str:
            return cast(float | str, data)

        frozen_cp = _parse_frozen_cp(d.pop("frozen_cp"))


        id = d.pop("id")

        notified_at = datetime.datetime.fromisoformat(d.pop("notified_at"))




        notified_by = d.pop("notified_by")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_request_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        request_id = _parse_request_id(d.pop("request_id"))


        reserve_applied = d.pop("reserve_applied")

        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        allocation_public = cls(
            action=action,
            ae=ae,
            cp=cp,
            fiscal_year=fiscal_year,
            frozen_ae=frozen_ae,
            frozen_cp=frozen_cp,
            id=id,
            notified_at=notified_at,
            notified_by=notified_by,
            reason=reason,
            request_id=request_id,
            reserve_applied=reserve_applied,
            title=title,
            unit_code=unit_code,
        )


        allocation_public.additional_properties = d
        return allocation_public

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
