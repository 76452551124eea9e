from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.receipt_line_create import ReceiptLineCreate





T = TypeVar("T", bound="ReceiptCreate")



@_attrs_define
class ReceiptCreate:
    """ 
        Attributes:
            lines (list[ReceiptLineCreate]):
            note (None | str | Unset):
            received_on (datetime.date | None | Unset):
     """

    lines: list[ReceiptLineCreate]
    note: None | str | Unset = UNSET
    received_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.receipt_line_create import ReceiptLineCreate # noqa: PLC0415
        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        received_on: None | str | Unset
        if isinstance(self.received_on, Unset):
            received_on = UNSET
        elif isinstance(self.received_on, datetime.date):
            received_on = self.received_on.isoformat()
        else:
            received_on = self.received_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "lines": lines,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if received_on is not UNSET:
            field_dict["received_on"] = received_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receipt_line_create import ReceiptLineCreate # noqa: PLC0415
        d = dict(src_dict)
        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = ReceiptLineCreate.from_dict(lines_item_data)



            lines.append(lines_item)


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_received_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_on_type_0 = datetime.date.fromisoformat(data)



                return received_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_on = _parse_received_on(d.pop("received_on", UNSET))


        receipt_create = cls(
            lines=lines,
            note=note,
            received_on=received_on,
        )

        return receipt_create

