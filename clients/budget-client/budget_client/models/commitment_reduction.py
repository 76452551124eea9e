from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CommitmentReduction")



@_attrs_define
class CommitmentReduction:
    """ 
        Attributes:
            ae (float | str): The new (lower) AE amount of the commitment.
            reason (str):
     """

    ae: float | str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        ae: float | str
        ae = self.ae

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ae": ae,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        reason = d.pop("reason")

        commitment_reduction = cls(
            ae=ae,
            reason=reason,
        )

        return commitment_reduction

