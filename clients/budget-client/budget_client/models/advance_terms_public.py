from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AdvanceTermsPublic")



@_attrs_define
class AdvanceTermsPublic:
    """ 
        Attributes:
            ceiling (float | str):
            commitment_id (int):
            reason (str):
            set_at (datetime.datetime):
            set_by (str):
     """

    ceiling: float | str
    commitment_id: int
    reason: str
    set_at: datetime.datetime
    set_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ceiling: float | str
        ceiling = self.ceiling

        commitment_id = self.commitment_id

        reason = self.reason

        set_at = self.set_at.isoformat()

        set_by = self.set_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ceiling": ceiling,
            "commitment_id": commitment_id,
            "reason": reason,
            "set_at": set_at,
            "set_by": set_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ceiling(data: object) -> float | str:
            return cast(float | str, data)

        ceiling = _parse_ceiling(d.pop("ceiling"))


        commitment_id = d.pop("commitment_id")

        reason = d.pop("reason")

        set_at = datetime.datetime.fromisoformat(d.pop("set_at"))




        set_by = d.pop("set_by")

        advance_terms_public = cls(
            ceiling=ceiling,
            commitment_id=commitment_id,
            reason=reason,
            set_at=set_at,
            set_by=set_by,
        )


        advance_terms_public.additional_properties = d
        return advance_terms_public

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
