from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.list_votes import ListVotes





T = TypeVar("T", bound="ElectionCreate")



@_attrs_define
class ElectionCreate:
    """ Results of a professional election; seats are computed at the highest average.

        Attributes:
            body_code (str):
            held_on (datetime.date):
            registered_voters (int):
            results (list[ListVotes]):
            blank_or_void (int | Unset):  Default: 0.
     """

    body_code: str
    held_on: datetime.date
    registered_voters: int
    results: list[ListVotes]
    blank_or_void: int | Unset = 0





    def to_dict(self) -> dict[str, Any]:
        from ..models.list_votes import ListVotes # noqa: PLC0415
        body_code = self.body_code

        held_on = self.held_on.isoformat()

        registered_voters = self.registered_voters

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)



        blank_or_void = self.blank_or_void


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body_code": body_code,
            "held_on": held_on,
            "registered_voters": registered_voters,
            "results": results,
        })
        if blank_or_void is not UNSET:
            field_dict["blank_or_void"] = blank_or_void

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_votes import ListVotes # noqa: PLC0415
        d = dict(src_dict)
        body_code = d.pop("body_code")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        registered_voters = d.pop("registered_voters")

        results = []
        _results = d.pop("results")
        for results_item_data in (_results):
            results_item = ListVotes.from_dict(results_item_data)



            results.append(results_item)


        blank_or_void = d.pop("blank_or_void", UNSET)

        election_create = cls(
            body_code=body_code,
            held_on=held_on,
            registered_voters=registered_voters,
            results=results,
            blank_or_void=blank_or_void,
        )

        return election_create

