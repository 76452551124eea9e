from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ListResult")



@_attrs_define
class ListResult:
    """ 
        Attributes:
            candidates (int):
            representative (bool): Holds at least one seat.
            seats (int):
            share (float | str): Share of the valid votes (4 places).
            union_code (str):
            union_name (str):
            votes (int):
     """

    candidates: int
    representative: bool
    seats: int
    share: float | str
    union_code: str
    union_name: str
    votes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidates = self.candidates

        representative = self.representative

        seats = self.seats

        share: float | str
        share = self.share

        union_code = self.union_code

        union_name = self.union_name

        votes = self.votes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidates": candidates,
            "representative": representative,
            "seats": seats,
            "share": share,
            "union_code": union_code,
            "union_name": union_name,
            "votes": votes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidates = d.pop("candidates")

        representative = d.pop("representative")

        seats = d.pop("seats")

        def _parse_share(data: object) -> float | str:
            return cast(float | str, data)

        share = _parse_share(d.pop("share"))


        union_code = d.pop("union_code")

        union_name = d.pop("union_name")

        votes = d.pop("votes")

        list_result = cls(
            candidates=candidates,
            representative=representative,
            seats=seats,
            share=share,
            union_code=union_code,
            union_name=union_name,
            votes=votes,
        )


        list_result.additional_properties = d
        return list_result

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
