from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TimeCreditPublic")



@_attrs_define
class TimeCreditPublic:
    """ 
        Attributes:
            hours_granted (float | str):
            hours_remaining (float | str):
            hours_used (float | str):
            union_code (str):
            version (int):
            year (int):
            body_code (None | str | Unset): The CSA the credit comes from.
            hours_computed (float | None | str | Unset): From the CSA results (none: entered by hand before).
            override_reason (None | str | Unset):
     """

    hours_granted: float | str
    hours_remaining: float | str
    hours_used: float | str
    union_code: str
    version: int
    year: int
    body_code: None | str | Unset = UNSET
    hours_computed: float | None | str | Unset = UNSET
    override_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        hours_granted: float | str
        hours_granted = self.hours_granted

        hours_remaining: float | str
        hours_remaining = self.hours_remaining

        hours_used: float | str
        hours_used = self.hours_used

        union_code = self.union_code

        version = self.version

        year = self.year

        body_code: None | str | Unset
        if isinstance(self.body_code, Unset):
            body_code = UNSET
        else:
            body_code = self.body_code

        hours_computed: float | None | str | Unset
        if isinstance(self.hours_computed, Unset):
            hours_computed = UNSET
        else:
            hours_computed = self.hours_computed

        override_reason: None | str | Unset
        if isinstance(self.override_reason, Unset):
            override_reason = UNSET
        else:
            override_reason = self.override_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "hours_granted": hours_granted,
            "hours_remaining": hours_remaining,
            "hours_used": hours_used,
            "union_code": union_code,
            "version": version,
            "year": year,
        })
        if body_code is not UNSET:
            field_dict["body_code"] = body_code
        if hours_computed is not UNSET:
            field_dict["hours_computed"] = hours_computed
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_hours_granted(data: object) -> float | str:
            return cast(float | str, data)

        hours_granted = _parse_hours_granted(d.pop("hours_granted"))


        def _parse_hours_remaining(data: object) -> float | str:
            return cast(float | str, data)

        hours_remaining = _parse_hours_remaining(d.pop("hours_remaining"))


        def _parse_hours_used(data: object) -> float | str:
            return cast(float | str, data)

        hours_used = _parse_hours_used(d.pop("hours_used"))


        union_code = d.pop("union_code")

        version = d.pop("version")

        year = d.pop("year")

        def _parse_body_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_code = _parse_body_code(d.pop("body_code", UNSET))


        def _parse_hours_computed(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        hours_computed = _parse_hours_computed(d.pop("hours_computed", UNSET))


        def _parse_override_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_reason = _parse_override_reason(d.pop("override_reason", UNSET))


        time_credit_public = cls(
            hours_granted=hours_granted,
            hours_remaining=hours_remaining,
            hours_used=hours_used,
            union_code=union_code,
            version=version,
            year=year,
            body_code=body_code,
            hours_computed=hours_computed,
            override_reason=override_reason,
        )


        time_credit_public.additional_properties = d
        return time_credit_public

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
