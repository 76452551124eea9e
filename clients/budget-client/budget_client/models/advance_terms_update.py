from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AdvanceTermsUpdate")



@_attrs_define
class AdvanceTermsUpdate:
    """ 
        Attributes:
            ceiling (float | str): Most that may be paid before service fait.
            reason (str):
     """

    ceiling: float | str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        ceiling: float | str
        ceiling = self.ceiling

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ceiling": ceiling,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ceiling(data: object) -> float | str:
            return cast(float | str, data)

        ceiling = _parse_ceiling(d.pop("ceiling"))


        reason = d.pop("reason")

        advance_terms_update = cls(
            ceiling=ceiling,
            reason=reason,
        )

        return advance_terms_update

