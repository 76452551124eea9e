from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DemandUpdate")



@_attrs_define
class DemandUpdate:
    """ 
        Attributes:
            description (None | str | Unset):
            person_days (float | None | str | Unset):
     """

    description: None | str | Unset = UNSET
    person_days: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        person_days: float | None | str | Unset
        if isinstance(self.person_days, Unset):
            person_days = UNSET
        else:
            person_days = self.person_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if description is not UNSET:
            field_dict["description"] = description
        if person_days is not UNSET:
            field_dict["person_days"] = person_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_person_days(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        person_days = _parse_person_days(d.pop("person_days", UNSET))


        demand_update = cls(
            description=description,
            person_days=person_days,
        )

        return demand_update

