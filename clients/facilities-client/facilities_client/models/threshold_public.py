from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.purchase_kind import PurchaseKind
from typing import cast
import datetime






T = TypeVar("T", bound="ThresholdPublic")



@_attrs_define
class ThresholdPublic:
    """ 
        Attributes:
            direct_award_below (float | str):
            formal_tender_from (float | str):
            id (int):
            kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own thresholds).
            note (None | str):
            valid_from (datetime.date):
     """

    direct_award_below: float | str
    formal_tender_from: float | str
    id: int
    kind: PurchaseKind
    note: None | str
    valid_from: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        direct_award_below: float | str
        direct_award_below = self.direct_award_below

        formal_tender_from: float | str
        formal_tender_from = self.formal_tender_from

        id = self.id

        kind = self.kind.value

        note: None | str
        note = self.note

        valid_from = self.valid_from.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "direct_award_below": direct_award_below,
            "formal_tender_from": formal_tender_from,
            "id": id,
            "kind": kind,
            "note": note,
            "valid_from": valid_from,
        })

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


        id = d.pop("id")

        kind = PurchaseKind(d.pop("kind"))




        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        threshold_public = cls(
            direct_award_below=direct_award_below,
            formal_tender_from=formal_tender_from,
            id=id,
            kind=kind,
            note=note,
            valid_from=valid_from,
        )


        threshold_public.additional_properties = d
        return threshold_public

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
