from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MilestoneUpdate")



@_attrs_define
class MilestoneUpdate:
    """ 
        Attributes:
            due_on (datetime.date | None | Unset):
            name (None | str | Unset):
            reached_on (datetime.date | None | Unset):
     """

    due_on: datetime.date | None | Unset = UNSET
    name: None | str | Unset = UNSET
    reached_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reached_on: None | str | Unset
        if isinstance(self.reached_on, Unset):
            reached_on = UNSET
        elif isinstance(self.reached_on, datetime.date):
            reached_on = self.reached_on.isoformat()
        else:
            reached_on = self.reached_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if name is not UNSET:
            field_dict["name"] = name
        if reached_on is not UNSET:
            field_dict["reached_on"] = reached_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)



                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_reached_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reached_on_type_0 = datetime.date.fromisoformat(data)



                return reached_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reached_on = _parse_reached_on(d.pop("reached_on", UNSET))


        milestone_update = cls(
            due_on=due_on,
            name=name,
            reached_on=reached_on,
        )

        return milestone_update

