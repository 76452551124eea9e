from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.union_credit_share import UnionCreditShare





T = TypeVar("T", bound="TimeCreditAllocation")



@_attrs_define
class TimeCreditAllocation:
    """ The year's global credit from the scale, and each union's share.

        Attributes:
            body_code (str):
            election_held_on (datetime.date):
            election_id (int):
            etp (float | str): Global credit in full-time equivalents (4 places).
            hours (float | str): Global credit in hours.
            hours_per_etp (float | str):
            registered_voters (int):
            scale (str): The text the scale comes from.
            seats (int):
            shares (list[UnionCreditShare]):
            valid_votes (int):
            year (int):
     """

    body_code: str
    election_held_on: datetime.date
    election_id: int
    etp: float | str
    hours: float | str
    hours_per_etp: float | str
    registered_voters: int
    scale: str
    seats: int
    shares: list[UnionCreditShare]
    valid_votes: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.union_credit_share import UnionCreditShare # noqa: PLC0415
        body_code = self.body_code

        election_held_on = self.election_held_on.isoformat()

        election_id = self.election_id

        etp: float | str
        etp = self.etp

        hours: float | str
        hours = self.hours

        hours_per_etp: float | str
        hours_per_etp = self.hours_per_etp

        registered_voters = self.registered_voters

        scale = self.scale

        seats = self.seats

        shares = []
        for shares_item_data in self.shares:
            shares_item = shares_item_data.to_dict()
            shares.append(shares_item)



        valid_votes = self.valid_votes

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "body_code": body_code,
            "election_held_on": election_held_on,
            "election_id": election_id,
            "etp": etp,
            "hours": hours,
            "hours_per_etp": hours_per_etp,
            "registered_voters": registered_voters,
            "scale": scale,
            "seats": seats,
            "shares": shares,
            "valid_votes": valid_votes,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.union_credit_share import UnionCreditShare # noqa: PLC0415
        d = dict(src_dict)
        body_code = d.pop("body_code")

        election_held_on = datetime.date.fromisoformat(d.pop("election_held_on"))




        election_id = d.pop("election_id")

        def _parse_etp(data: object) -> float | str:
            return cast(float | str, data)

        etp = _parse_etp(d.pop("etp"))


        def _parse_hours(data: object) -> float | str:
            return cast(float | str, data)

        hours = _parse_hours(d.pop("hours"))


        def _parse_hours_per_etp(data: object) -> float | str:
            return cast(float | str, data)

        hours_per_etp = _parse_hours_per_etp(d.pop("hours_per_etp"))


        registered_voters = d.pop("registered_voters")

        scale = d.pop("scale")

        seats = d.pop("seats")

        shares = []
        _shares = d.pop("shares")
        for shares_item_data in (_shares):
            shares_item = UnionCreditShare.from_dict(shares_item_data)



            shares.append(shares_item)


        valid_votes = d.pop("valid_votes")

        year = d.pop("year")

        time_credit_allocation = cls(
            body_code=body_code,
            election_held_on=election_held_on,
            election_id=election_id,
            etp=etp,
            hours=hours,
            hours_per_etp=hours_per_etp,
            registered_voters=registered_voters,
            scale=scale,
            seats=seats,
            shares=shares,
            valid_votes=valid_votes,
            year=year,
        )


        time_credit_allocation.additional_properties = d
        return time_credit_allocation

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
