from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DesignationWithdrawal")



@_attrs_define
class DesignationWithdrawal:
    """ The union withdraws the designation: the mandate ends on ``ended_on``.

        Attributes:
            ended_on (datetime.date):
            reason (str):
     """

    ended_on: datetime.date
    reason: str





    def to_dict(self) -> dict[str, Any]:
        ended_on = self.ended_on.isoformat()

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ended_on": ended_on,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ended_on = datetime.date.fromisoformat(d.pop("ended_on"))




        reason = d.pop("reason")

        designation_withdrawal = cls(
            ended_on=ended_on,
            reason=reason,
        )

        return designation_withdrawal

