from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.entry_line_public import EntryLinePublic





T = TypeVar("T", bound="EntryPublic")



@_attrs_define
class EntryPublic:
    """ 
        Attributes:
            commitment_id (int | None):
            entry_date (datetime.date):
            id (int):
            label (str):
            lines (list[EntryLinePublic]):
            period (str):
            recorded_at (datetime.datetime):
            recorded_by (str):
            reverses_id (int | None):
            source (str):
            source_id (None | str):
            total_credit (float | str):
            total_debit (float | str):
            unit_code (None | str):
     """

    commitment_id: int | None
    entry_date: datetime.date
    id: int
    label: str
    lines: list[EntryLinePublic]
    period: str
    recorded_at: datetime.datetime
    recorded_by: str
    reverses_id: int | None
    source: str
    source_id: None | str
    total_credit: float | str
    total_debit: float | str
    unit_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.entry_line_public import EntryLinePublic # noqa: PLC0415
        commitment_id: int | None
        commitment_id = self.commitment_id

        entry_date = self.entry_date.isoformat()

        id = self.id

        label = self.label

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        period = self.period

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by

        reverses_id: int | None
        reverses_id = self.reverses_id

        source = self.source

        source_id: None | str
        source_id = self.source_id

        total_credit: float | str
        total_credit = self.total_credit

        total_debit: float | str
        total_debit = self.total_debit

        unit_code: None | str
        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "commitment_id": commitment_id,
            "entry_date": entry_date,
            "id": id,
            "label": label,
            "lines": lines,
            "period": period,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
            "reverses_id": reverses_id,
            "source": source,
            "source_id": source_id,
            "total_credit": total_credit,
            "total_debit": total_debit,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_line_public import EntryLinePublic # noqa: PLC0415
        d = dict(src_dict)
        def _parse_commitment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        commitment_id = _parse_commitment_id(d.pop("commitment_id"))


        entry_date = datetime.date.fromisoformat(d.pop("entry_date"))




        id = d.pop("id")

        label = d.pop("label")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = EntryLinePublic.from_dict(lines_item_data)



            lines.append(lines_item)


        period = d.pop("period")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by = d.pop("recorded_by")

        def _parse_reverses_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reverses_id = _parse_reverses_id(d.pop("reverses_id"))


        source = d.pop("source")

        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))


        def _parse_total_credit(data: object) -> float | str:
            return cast(float | str, data)

        total_credit = _parse_total_credit(d.pop("total_credit"))


        def _parse_total_debit(data: object) -> float | str:
            return cast(float | str, data)

        total_debit = _parse_total_debit(d.pop("total_debit"))


        def _parse_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_code = _parse_unit_code(d.pop("unit_code"))


        entry_public = cls(
            commitment_id=commitment_id,
            entry_date=entry_date,
            id=id,
            label=label,
            lines=lines,
            period=period,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            reverses_id=reverses_id,
            source=source,
            source_id=source_id,
            total_credit=total_credit,
            total_debit=total_debit,
            unit_code=unit_code,
        )


        entry_public.additional_properties = d
        return entry_public

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
