from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.list_result import ListResult





T = TypeVar("T", bound="ElectionPublic")



@_attrs_define
class ElectionPublic:
    """ 
        Attributes:
            blank_or_void (int):
            body_code (str):
            held_on (datetime.date):
            id (int):
            registered_voters (int):
            results (list[ListResult]):
            seats (int):
            tie_breaks (list[str]): How each equal average was decided.
            turnout (float | str):
            valid_votes (int):
     """

    blank_or_void: int
    body_code: str
    held_on: datetime.date
    id: int
    registered_voters: int
    results: list[ListResult]
    seats: int
    tie_breaks: list[str]
    turnout: float | str
    valid_votes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.list_result import ListResult # noqa: PLC0415
        blank_or_void = self.blank_or_void

        body_code = self.body_code

        held_on = self.held_on.isoformat()

        id = self.id

        registered_voters = self.registered_voters

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)



        seats = self.seats

        tie_breaks = self.tie_breaks



        turnout: float | str
        turnout = self.turnout

        valid_votes = self.valid_votes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "blank_or_void": blank_or_void,
            "body_code": body_code,
            "held_on": held_on,
            "id": id,
            "registered_voters": registered_voters,
            "results": results,
            "seats": seats,
            "tie_breaks": tie_breaks,
            "turnout": turnout,
            "valid_votes": valid_votes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_result import ListResult # noqa: PLC0415
        d = dict(src_dict)
        blank_or_void = d.pop("blank_or_void")

        body_code = d.pop("body_code")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        registered_voters = d.pop("registered_voters")

        results = []
        _results = d.pop("results")
        for results_item_data in (_results):
            results_item = ListResult.from_dict(results_item_data)



            results.append(results_item)


        seats = d.pop("seats")

        tie_breaks = cast(list[str], d.pop("tie_breaks"))


        def _parse_turnout(data: object) -> float | str:
            return cast(float | str, data)

        turnout = _parse_turnout(d.pop("turnout"))


        valid_votes = d.pop("valid_votes")

        election_public = cls(
            blank_or_void=blank_or_void,
            body_code=body_code,
            held_on=held_on,
            id=id,
            registered_voters=registered_voters,
            results=results,
            seats=seats,
            tie_breaks=tie_breaks,
            turnout=turnout,
            valid_votes=valid_votes,
        )


        election_public.additional_properties = d
        return election_public

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
