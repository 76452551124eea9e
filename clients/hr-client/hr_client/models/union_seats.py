from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="UnionSeats")



@_attrs_define
class UnionSeats:
    """ 
        Attributes:
            csa_votes (int): Votes of the union's list at the CSA election.
            seats (int): Titular seats on the F3SCT (highest average of csa_votes).
            suppleants (int): Suppléants designated and not withdrawn.
            titulaires (int): Titulaires designated and not withdrawn.
            union_code (str):
            union_name (str):
     """

    csa_votes: int
    seats: int
    suppleants: int
    titulaires: int
    union_code: str
    union_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        csa_votes = self.csa_votes

        seats = self.seats

        suppleants = self.suppleants

        titulaires = self.titulaires

        union_code = self.union_code

        union_name = self.union_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "csa_votes": csa_votes,
            "seats": seats,
            "suppleants": suppleants,
            "titulaires": titulaires,
            "union_code": union_code,
            "union_name": union_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        csa_votes = d.pop("csa_votes")

        seats = d.pop("seats")

        suppleants = d.pop("suppleants")

        titulaires = d.pop("titulaires")

        union_code = d.pop("union_code")

        union_name = d.pop("union_name")

        union_seats = cls(
            csa_votes=csa_votes,
            seats=seats,
            suppleants=suppleants,
            titulaires=titulaires,
            union_code=union_code,
            union_name=union_name,
        )


        union_seats.additional_properties = d
        return union_seats

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
