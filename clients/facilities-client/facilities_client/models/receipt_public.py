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
  from ..models.receipt_line_public import ReceiptLinePublic





T = TypeVar("T", bound="ReceiptPublic")



@_attrs_define
class ReceiptPublic:
    """ 
        Attributes:
            amount_ht (float | str):
            amount_ttc (float | str):
            id (int):
            note (None | str):
            received_by (str):
            received_on (datetime.date):
            requisition_id (int):
            unit_code (str):
            lines (list[ReceiptLinePublic] | Unset):
     """

    amount_ht: float | str
    amount_ttc: float | str
    id: int
    note: None | str
    received_by: str
    received_on: datetime.date
    requisition_id: int
    unit_code: str
    lines: list[ReceiptLinePublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.receipt_line_public import ReceiptLinePublic # noqa: PLC0415
        amount_ht: float | str
        amount_ht = self.amount_ht

        amount_ttc: float | str
        amount_ttc = self.amount_ttc

        id = self.id

        note: None | str
        note = self.note

        received_by = self.received_by

        received_on = self.received_on.isoformat()

        requisition_id = self.requisition_id

        unit_code = self.unit_code

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_ht": amount_ht,
            "amount_ttc": amount_ttc,
            "id": id,
            "note": note,
            "received_by": received_by,
            "received_on": received_on,
            "requisition_id": requisition_id,
            "unit_code": unit_code,
        })
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receipt_line_public import ReceiptLinePublic # noqa: PLC0415
        d = dict(src_dict)
        def _parse_amount_ht(data: object) -> float | str:
            return cast(float | str, data)

        amount_ht = _parse_amount_ht(d.pop("amount_ht"))


        def _parse_amount_ttc(data: object) -> float | str:
            return cast(float | str, data)

        amount_ttc = _parse_amount_ttc(d.pop("amount_ttc"))


        id = d.pop("id")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        received_by = d.pop("received_by")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        requisition_id = d.pop("requisition_id")

        unit_code = d.pop("unit_code")

        _lines = d.pop("lines", UNSET)
        lines: list[ReceiptLinePublic] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = ReceiptLinePublic.from_dict(lines_item_data)



                lines.append(lines_item)


        receipt_public = cls(
            amount_ht=amount_ht,
            amount_ttc=amount_ttc,
            id=id,
            note=note,
            received_by=received_by,
            received_on=received_on,
            requisition_id=requisition_id,
            unit_code=unit_code,
            lines=lines,
        )


        receipt_public.additional_properties = d
        return receipt_public

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
