from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="MeetingUpdate")



@_attrs_define
class MeetingUpdate:
    """ 
        Attributes:
            agenda (list[str] | None | Unset):
            minutes (None | str | Unset):
     """

    agenda: list[str] | None | Unset = UNSET
    minutes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        agenda: list[str] | None | Unset
        if isinstance(self.agenda, Unset):
            agenda = UNSET
        elif isinstance(self.agenda, list):
            agenda = self.agenda


        else:
            agenda = self.agenda

        minutes: None | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if agenda is not UNSET:
            field_dict["agenda"] = agenda
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_agenda(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agenda_type_0 = cast(list[str], data)

                return agenda_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        agenda = _parse_agenda(d.pop("agenda", UNSET))


        def _parse_minutes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))


        meeting_update = cls(
            agenda=agenda,
            minutes=minutes,
        )

        return meeting_update

