from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="EntryReversal")



@_attrs_define
class EntryReversal:
    """ 
        Attributes:
            reason (str):
            entry_date (datetime.date | None | Unset): Defaults to today.
     """

    reason: str
    entry_date: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        entry_date: None | str | Unset
        if isinstance(self.entry_date, Unset):
            entry_date = UNSET
        elif isinstance(self.entry_date, datetime.date):
            entry_date = self.entry_date.isoformat()
        else:
            entry_date = self.entry_date


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if entry_date is not UNSET:
            field_dict["entry_date"] = entry_date

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_entry_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entry_date_type_0 = datetime.date.fromisoformat(data)



                return entry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        entry_date = _parse_entry_date(d.pop("entry_date", UNSET))


        entry_reversal = cls(
            reason=reason,
            entry_date=entry_date,
        )

        return entry_reversal

