from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="UnionCreditShare")



@_attrs_define
class UnionCreditShare:
    """ 
        Attributes:
            hours_by_seats (float | str): Half of the credit, by seats.
            hours_by_votes (float | str): Half of the credit, by votes.
            hours_computed (float | str):
            hours_granted (float | str): The computed hours unless overridden.
            override_reason (None | str):
            seats (int): Seats held at the CSA.
            union_code (str):
            version (int):
            votes (int): Votes of the union's list at the CSA election.
     """

    hours_by_seats: float | str
    hours_by_votes: float | str
    hours_computed: float | str
    hours_granted: float | str
    override_reason: None | str
    seats: int
    union_code: str
    version: int
    votes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        hours_by_seats: float | str
        hours_by_seats = self.hours_by_seats

        hours_by_votes: float | str
        hours_by_votes = self.hours_by_votes

        hours_computed: float | str
        hours_computed = self.hours_computed

        hours_granted: float | str
        hours_granted = self.hours_granted

        override_reason: None | str
        override_reason = self.override_reason

        seats = self.seats

        union_code = self.union_code

        version = self.version

        votes = self.votes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "hours_by_seats": hours_by_seats,
            "hours_by_votes": hours_by_votes,
            "hours_computed": hours_computed,
            "hours_granted": hours_granted,
            "override_reason": override_reason,
            "seats": seats,
            "union_code": union_code,
            "version": version,
            "votes": votes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_hours_by_seats(data: object) -> float | str:
            return cast(float | str, data)

        hours_by_seats = _parse_hours_by_seats(d.pop("hours_by_seats"))


        def _parse_hours_by_votes(data: object) -> float | str:
            return cast(float | str, data)

        hours_by_votes = _parse_hours_by_votes(d.pop("hours_by_votes"))


        def _parse_hours_computed(data: object) -> float | str:
            return cast(float | str, data)

        hours_computed = _parse_hours_computed(d.pop("hours_computed"))


        def _parse_hours_granted(data: object) -> float | str:
            return cast(float | str, data)

        hours_granted = _parse_hours_granted(d.pop("hours_granted"))


        def _parse_override_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        override_reason = _parse_override_reason(d.pop("override_reason"))


        seats = d.pop("seats")

        union_code = d.pop("union_code")

        version = d.pop("version")

        votes = d.pop("votes")

        union_credit_share = cls(
            hours_by_seats=hours_by_seats,
            hours_by_votes=hours_by_votes,
            hours_computed=hours_computed,
            hours_granted=hours_granted,
            override_reason=override_reason,
            seats=seats,
            union_code=union_code,
            version=version,
            votes=votes,
        )


        union_credit_share.additional_properties = d
        return union_credit_share

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
