from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="OpinionCreate")



@_attrs_define
class OpinionCreate:
    """ The body's vote on an agenda item (index from 0).

        Attributes:
            abstentions (int):
            item (int):
            votes_against (int):
            votes_for (int):
     """

    abstentions: int
    item: int
    votes_against: int
    votes_for: int





    def to_dict(self) -> dict[str, Any]:
        abstentions = self.abstentions

        item = self.item

        votes_against = self.votes_against

        votes_for = self.votes_for


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "abstentions": abstentions,
            "item": item,
            "votes_against": votes_against,
            "votes_for": votes_for,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abstentions = d.pop("abstentions")

        item = d.pop("item")

        votes_against = d.pop("votes_against")

        votes_for = d.pop("votes_for")

        opinion_create = cls(
            abstentions=abstentions,
            item=item,
            votes_against=votes_against,
            votes_for=votes_for,
        )

        return opinion_create

