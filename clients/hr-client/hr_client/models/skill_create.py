from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SkillCreate")



@_attrs_define
class SkillCreate:
    """ 
        Attributes:
            code (str):
            domain (str):
            label (str):
     """

    code: str
    domain: str
    label: str





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        domain = self.domain

        label = self.label


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "domain": domain,
            "label": label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        domain = d.pop("domain")

        label = d.pop("label")

        skill_create = cls(
            code=code,
            domain=domain,
            label=label,
        )

        return skill_create

