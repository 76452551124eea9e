from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PlanUpdate")



@_attrs_define
class PlanUpdate:
    """ 
        Attributes:
            centre_codes (list[str] | None | Unset):
            first_month (None | str | Unset):
            last_month (None | str | Unset):
            note (None | str | Unset):
     """

    centre_codes: list[str] | None | Unset = UNSET
    first_month: None | str | Unset = UNSET
    last_month: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        centre_codes: list[str] | None | Unset
        if isinstance(self.centre_codes, Unset):
            centre_codes = UNSET
        elif isinstance(self.centre_codes, list):
            centre_codes = self.centre_codes


        else:
            centre_codes = self.centre_codes

        first_month: None | str | Unset
        if isinstance(self.first_month, Unset):
            first_month = UNSET
        else:
            first_month = self.first_month

        last_month: None | str | Unset
        if isinstance(self.last_month, Unset):
            last_month = UNSET
        else:
            last_month = self.last_month

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if centre_codes is not UNSET:
            field_dict["centre_codes"] = centre_codes
        if first_month is not UNSET:
            field_dict["first_month"] = first_month
        if last_month is not UNSET:
            field_dict["last_month"] = last_month
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_centre_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                centre_codes_type_0 = cast(list[str], data)

                return centre_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        centre_codes = _parse_centre_codes(d.pop("centre_codes", UNSET))


        def _parse_first_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_month = _parse_first_month(d.pop("first_month", UNSET))


        def _parse_last_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_month = _parse_last_month(d.pop("last_month", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        plan_update = cls(
            centre_codes=centre_codes,
            first_month=first_month,
            last_month=last_month,
            note=note,
        )

        return plan_update

