from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.opinion_outcome import OpinionOutcome






T = TypeVar("T", bound="OpinionPublic")



@_attrs_define
class OpinionPublic:
    """ 
        Attributes:
            abstentions (int):
            item (int):
            outcome (OpinionOutcome):
            votes_against (int):
            votes_for (int):
     """

    abstentions: int
    item: int
    outcome: OpinionOutcome
    votes_against: int
    votes_for: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        abstentions = self.abstentions

        item = self.item

        outcome = self.outcome.value

        votes_against = self.votes_against

        votes_for = self.votes_for


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "abstentions": abstentions,
            "item": item,
            "outcome": outcome,
            "votes_against": votes_against,
            "votes_for": votes_for,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abstentions = d.pop("abstentions")

        item = d.pop("item")

        outcome = OpinionOutcome(d.pop("outcome"))




        votes_against = d.pop("votes_against")

        votes_for = d.pop("votes_for")

        opinion_public = cls(
            abstentions=abstentions,
            item=item,
            outcome=outcome,
            votes_against=votes_against,
            votes_for=votes_for,
        )


        opinion_public.additional_properties = d
        return opinion_public

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
