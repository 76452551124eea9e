from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.body_kind import BodyKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BodyCreate")



@_attrs_define
class BodyCreate:
    """ A body (instance) at a unit's level with its number of titular seats.

    An F3SCT names its CSA (``csa_code``): its members are designated from that CSA's votes.

        Attributes:
            code (str):
            kind (BodyKind): Comité social d'administration, formation spécialisée SST (F3SCT).
            name (str):
            seats (int):
            unit_code (str):
            csa_code (None | str | Unset): F3SCT only (required): the CSA whose election results give its seats.
     """

    code: str
    kind: BodyKind
    name: str
    seats: int
    unit_code: str
    csa_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        name = self.name

        seats = self.seats

        unit_code = self.unit_code

        csa_code: None | str | Unset
        if isinstance(self.csa_code, Unset):
            csa_code = UNSET
        else:
            csa_code = self.csa_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "kind": kind,
            "name": name,
            "seats": seats,
            "unit_code": unit_code,
        })
        if csa_code is not UNSET:
            field_dict["csa_code"] = csa_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = BodyKind(d.pop("kind"))




        name = d.pop("name")

        seats = d.pop("seats")

        unit_code = d.pop("unit_code")

        def _parse_csa_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        csa_code = _parse_csa_code(d.pop("csa_code", UNSET))


        body_create = cls(
            code=code,
            kind=kind,
            name=name,
            seats=seats,
            unit_code=unit_code,
            csa_code=csa_code,
        )

        return body_create

