from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SeatAssignment")



@_attrs_define
class SeatAssignment:
    """ 
        Attributes:
            space_id (int | None):
     """

    space_id: int | None





    def to_dict(self) -> dict[str, Any]:
        space_id: int | None
        space_id = self.space_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "space_id": space_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_space_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        space_id = _parse_space_id(d.pop("space_id"))


        seat_assignment = cls(
            space_id=space_id,
        )

        return seat_assignment

