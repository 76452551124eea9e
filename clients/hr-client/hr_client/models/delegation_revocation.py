from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DelegationRevocation")



@_attrs_define
class DelegationRevocation:
    """ 
        Attributes:
            reason (str):
            revoked_on (datetime.date): The first day the delegation no longer applies.
     """

    reason: str
    revoked_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        revoked_on = self.revoked_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
            "revoked_on": revoked_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        revoked_on = datetime.date.fromisoformat(d.pop("revoked_on"))




        delegation_revocation = cls(
            reason=reason,
            revoked_on=revoked_on,
        )

        return delegation_revocation

