from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SkillLevel")



@_attrs_define
class SkillLevel:
    """ 
        Attributes:
            level (int): 1 notions … 4 expert.
            skill_code (str):
     """

    level: int
    skill_code: str





    def to_dict(self) -> dict[str, Any]:
        level = self.level

        skill_code = self.skill_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "level": level,
            "skill_code": skill_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("level")

        skill_code = d.pop("skill_code")

        skill_level = cls(
            level=level,
            skill_code=skill_code,
        )

        return skill_level

