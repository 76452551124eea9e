from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.body_kind import BodyKind






T = TypeVar("T", bound="BodyCreate")



@_attrs_define
class BodyCreate:
    """ A body (instance) at a unit's level with its number of titular seats.

        Attributes:
            code (str):
            kind (BodyKind): Comité social d'administration, formation spécialisée SST (F3SCT).
            name (str):
            seats (int):
            unit_code (str):
     """

    code: str
    kind: BodyKind
    name: str
    seats: int
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        name = self.name

        seats = self.seats

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "kind": kind,
            "name": name,
            "seats": seats,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = BodyKind(d.pop("kind"))




        name = d.pop("name")

        seats = d.pop("seats")

        unit_code = d.pop("unit_code")

        body_create = cls(
            code=code,
            kind=kind,
            name=name,
            seats=seats,
            unit_code=unit_code,
        )

        return body_create

