from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ListVotes")



@_attrs_define
class ListVotes:
    """ 
        Attributes:
            union_code (str):
            votes (int):
            candidates (int | Unset):  Default: 0.
     """

    union_code: str
    votes: int
    candidates: int | Unset = 0





    def to_dict(self) -> dict[str, Any]:
        union_code = self.union_code

        votes = self.votes

        candidates = self.candidates


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "union_code": union_code,
            "votes": votes,
        })
        if candidates is not UNSET:
            field_dict["candidates"] = candidates

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        union_code = d.pop("union_code")

        votes = d.pop("votes")

        candidates = d.pop("candidates", UNSET)

        list_votes = cls(
            union_code=union_code,
            votes=votes,
            candidates=candidates,
        )

        return list_votes

