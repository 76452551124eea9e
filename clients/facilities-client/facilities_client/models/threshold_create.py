from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.purchase_kind import PurchaseKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ThresholdCreate")



@_attrs_define
class ThresholdCreate:
    """ 
        Attributes:
            direct_award_below (float | str):
            formal_tender_from (float | str):
            kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own thresholds).
            valid_from (datetime.date):
            note (None | str | Unset):
     """

    direct_award_below: float | str
    formal_tender_from: float | str
    kind: PurchaseKind
    valid_from: datetime.date
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        direct_award_below: float | str
        direct_award_below = self.direct_award_below

        formal_tender_from: float | str
        formal_tender_from = self.formal_tender_from

        kind = self.kind.value

        valid_from = self.valid_from.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "direct_award_below": direct_award_below,
            "formal_tender_from": formal_tender_from,
            "kind": kind,
            "valid_from": valid_from,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_direct_award_below(data: object) -> float | str:
            return cast(float | str, data)

        direct_award_below = _parse_direct_award_below(d.pop("direct_award_below"))


        def _parse_formal_tender_from(data: object) -> float | str:
            return cast(float | str, data)

        formal_tender_from = _parse_formal_tender_from(d.pop("formal_tender_from"))


        kind = PurchaseKind(d.pop("kind"))




        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        threshold_create = cls(
            direct_award_below=direct_award_below,
            formal_tender_from=formal_tender_from,
            kind=kind,
            valid_from=valid_from,
            note=note,
        )

        return threshold_create

