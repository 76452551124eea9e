from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DepartureCreate")



@_attrs_define
class DepartureCreate:
    """ Départ: the agent leaves INSEE; open assignments end on ``left_on``.

        Attributes:
            left_on (datetime.date):
            reason (str):
     """

    left_on: datetime.date
    reason: str





    def to_dict(self) -> dict[str, Any]:
        left_on = self.left_on.isoformat()

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "left_on": left_on,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        left_on = datetime.date.fromisoformat(d.pop("left_on"))




        reason = d.pop("reason")

        departure_create = cls(
            left_on=left_on,
            reason=reason,
        )

        return departure_create

