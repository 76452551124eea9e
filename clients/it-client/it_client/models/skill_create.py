from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="SkillCreate")



@_attrs_define
class SkillCreate:
    """ 
        Attributes:
            acquired_on (datetime.date):
            skill (str):
            expires_on (datetime.date | None | Unset):
     """

    acquired_on: datetime.date
    skill: str
    expires_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        acquired_on = self.acquired_on.isoformat()

        skill = self.skill

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "acquired_on": acquired_on,
            "skill": skill,
        })
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acquired_on = datetime.date.fromisoformat(d.pop("acquired_on"))




        skill = d.pop("skill")

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        skill_create = cls(
            acquired_on=acquired_on,
            skill=skill,
            expires_on=expires_on,
        )

        return skill_create

