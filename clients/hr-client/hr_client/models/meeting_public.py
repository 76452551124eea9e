from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.opinion_public import OpinionPublic





T = TypeVar("T", bound="MeetingPublic")



@_attrs_define
class MeetingPublic:
    """ 
        Attributes:
            agenda (list[str]):
            body_code (str):
            held_on (datetime.date):
            id (int):
            minutes (None | str):
            opinions (list[OpinionPublic]):
            version (int):
     """

    agenda: list[str]
    body_code: str
    held_on: datetime.date
    id: int
    minutes: None | str
    opinions: list[OpinionPublic]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.opinion_public import OpinionPublic # noqa: PLC0415
        agenda = self.agenda



        body_code = self.body_code

        held_on = self.held_on.isoformat()

        id = self.id

        minutes: None | str
        minutes = self.minutes

        opinions = []
        for opinions_item_data in self.opinions:
            opinions_item = opinions_item_data.to_dict()
            opinions.append(opinions_item)



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agenda": agenda,
            "body_code": body_code,
            "held_on": held_on,
            "id": id,
            "minutes": minutes,
            "opinions": opinions,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opinion_public import OpinionPublic # noqa: PLC0415
        d = dict(src_dict)
        agenda = cast(list[str], d.pop("agenda"))


        body_code = d.pop("body_code")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        id = d.pop("id")

        def _parse_minutes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minutes = _parse_minutes(d.pop("minutes"))


        opinions = []
        _opinions = d.pop("opinions")
        for opinions_item_data in (_opinions):
            opinions_item = OpinionPublic.from_dict(opinions_item_data)



            opinions.append(opinions_item)


        version = d.pop("version")

        meeting_public = cls(
            agenda=agenda,
            body_code=body_code,
            held_on=held_on,
            id=id,
            minutes=minutes,
            opinions=opinions,
            version=version,
        )


        meeting_public.additional_properties = d
        return meeting_public

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
