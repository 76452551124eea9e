from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.body_kind import BodyKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BodyPublic")



@_attrs_define
class BodyPublic:
    """ 
        Attributes:
            code (str):
            id (int):
            kind (BodyKind): Comité social d'administration, formation spécialisée SST (F3SCT).
            name (str):
            seats (int):
            unit_code (str):
            version (int):
            csa_code (None | str | Unset): F3SCT: the CSA it belongs to.
     """

    code: str
    id: int
    kind: BodyKind
    name: str
    seats: int
    unit_code: str
    version: int
    csa_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        kind = self.kind.value

        name = self.name

        seats = self.seats

        unit_code = self.unit_code

        version = self.version

        csa_code: None | str | Unset
        if isinstance(self.csa_code, Unset):
            csa_code = UNSET
        else:
            csa_code = self.csa_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "id": id,
            "kind": kind,
            "name": name,
            "seats": seats,
            "unit_code": unit_code,
            "version": version,
        })
        if csa_code is not UNSET:
            field_dict["csa_code"] = csa_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id")

        kind = BodyKind(d.pop("kind"))




        name = d.pop("name")

        seats = d.pop("seats")

        unit_code = d.pop("unit_code")

        version = d.pop("version")

        def _parse_csa_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        csa_code = _parse_csa_code(d.pop("csa_code", UNSET))


        body_public = cls(
            code=code,
            id=id,
            kind=kind,
            name=name,
            seats=seats,
            unit_code=unit_code,
            version=version,
            csa_code=csa_code,
        )


        body_public.additional_properties = d
        return body_public

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
