from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.skill_source import SkillSource
from typing import cast
import datetime






T = TypeVar("T", bound="SkillPublic")



@_attrs_define
class SkillPublic:
    """ 
        Attributes:
            acquired_on (datetime.date):
            course_code (None | str):
            expires_on (datetime.date | None):
            id (int):
            skill (str):
            source (SkillSource):
     """

    acquired_on: datetime.date
    course_code: None | str
    expires_on: datetime.date | None
    id: int
    skill: str
    source: SkillSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acquired_on = self.acquired_on.isoformat()

        course_code: None | str
        course_code = self.course_code

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        id = self.id

        skill = self.skill

        source = self.source.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acquired_on": acquired_on,
            "course_code": course_code,
            "expires_on": expires_on,
            "id": id,
            "skill": skill,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acquired_on = datetime.date.fromisoformat(d.pop("acquired_on"))




        def _parse_course_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        course_code = _parse_course_code(d.pop("course_code"))


        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expires_on"))


        id = d.pop("id")

        skill = d.pop("skill")

        source = SkillSource(d.pop("source"))




        skill_public = cls(
            acquired_on=acquired_on,
            course_code=course_code,
            expires_on=expires_on,
            id=id,
            skill=skill,
            source=source,
        )


        skill_public.additional_properties = d
        return skill_public

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
