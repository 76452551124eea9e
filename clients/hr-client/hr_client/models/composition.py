from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.union_seats import UnionSeats





T = TypeVar("T", bound="Composition")



@_attrs_define
class Composition:
    """ Seats of an F3SCT per union, from the votes of its CSA's latest election.

        Attributes:
            body_code (str):
            csa_code (str):
            election_held_on (datetime.date):
            election_id (int):
            seats (int):
            tie_breaks (list[str]): How each equal average was decided.
            unions (list[UnionSeats]):
     """

    body_code: str
    csa_code: str
    election_held_on: datetime.date
    election_id: int
    seats: int
    tie_breaks: list[str]
    unions: list[UnionSeats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.union_seats import UnionSeats # noqa: PLC0415
        body_code = self.body_code

        csa_code = self.csa_code

        election_held_on = self.election_held_on.isoformat()

        election_id = self.election_id

        seats = self.seats

        tie_breaks = self.tie_breaks



        unions = []
        for unions_item_data in self.unions:
            unions_item = unions_item_data.to_dict()
            unions.append(unions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "body_code": body_code,
            "csa_code": csa_code,
            "election_held_on": election_held_on,
            "election_id": election_id,
            "seats": seats,
            "tie_breaks": tie_breaks,
            "unions": unions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.union_seats import UnionSeats # noqa: PLC0415
        d = dict(src_dict)
        body_code = d.pop("body_code")

        csa_code = d.pop("csa_code")

        election_held_on = datetime.date.fromisoformat(d.pop("election_held_on"))




        election_id = d.pop("election_id")

        seats = d.pop("seats")

        tie_breaks = cast(list[str], d.pop("tie_breaks"))


        unions = []
        _unions = d.pop("unions")
        for unions_item_data in (_unions):
            unions_item = UnionSeats.from_dict(unions_item_data)



            unions.append(unions_item)


        composition = cls(
            body_code=body_code,
            csa_code=csa_code,
            election_held_on=election_held_on,
            election_id=election_id,
            seats=seats,
            tie_breaks=tie_breaks,
            unions=unions,
        )


        composition.additional_properties = d
        return composition

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
