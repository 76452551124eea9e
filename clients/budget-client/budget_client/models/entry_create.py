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
  from ..models.entry_line_in import EntryLineIn





T = TypeVar("T", bound="EntryCreate")



@_attrs_define
class EntryCreate:
    """ A manual entry (regularisation); it must balance.

        Attributes:
            entry_date (datetime.date):
            label (str):
            lines (list[EntryLineIn]):
            unit_code (None | str | Unset):
     """

    entry_date: datetime.date
    label: str
    lines: list[EntryLineIn]
    unit_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.entry_line_in import EntryLineIn # noqa: PLC0415
        entry_date = self.entry_date.isoformat()

        label = self.label

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        unit_code: None | str | Unset
        if isinstance(self.unit_code, Unset):
            unit_code = UNSET
        else:
            unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entry_date": entry_date,
            "label": label,
            "lines": lines,
        })
        if unit_code is not UNSET:
            field_dict["unit_code"] = unit_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_line_in import EntryLineIn # noqa: PLC0415
        d = dict(src_dict)
        entry_date = datetime.date.fromisoformat(d.pop("entry_date"))




        label = d.pop("label")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = EntryLineIn.from_dict(lines_item_data)



            lines.append(lines_item)


        def _parse_unit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_code = _parse_unit_code(d.pop("unit_code", UNSET))


        entry_create = cls(
            entry_date=entry_date,
            label=label,
            lines=lines,
            unit_code=unit_code,
        )

        return entry_create

