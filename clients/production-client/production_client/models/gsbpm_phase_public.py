from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode






T = TypeVar("T", bound="GsbpmPhasePublic")



@_attrs_define
class GsbpmPhasePublic:
    """ 
        Attributes:
            code (PhaseCode): GSBPM phases, in process order.
            name (str):
            name_fr (str):
            number (int):
     """

    code: PhaseCode
    name: str
    name_fr: str
    number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        name = self.name

        name_fr = self.name_fr

        number = self.number


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "name_fr": name_fr,
            "number": number,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = PhaseCode(d.pop("code"))




        name = d.pop("name")

        name_fr = d.pop("name_fr")

        number = d.pop("number")

        gsbpm_phase_public = cls(
            code=code,
            name=name,
            name_fr=name_fr,
            number=number,
        )


        gsbpm_phase_public.additional_properties = d
        return gsbpm_phase_public

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
