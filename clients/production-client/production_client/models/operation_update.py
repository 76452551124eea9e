from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OperationUpdate")



@_attrs_define
class OperationUpdate:
    """ 
        Attributes:
            description (None | str | Unset):
            name (None | str | Unset):
            participating_units (list[str] | None | Unset):
     """

    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    participating_units: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        participating_units: list[str] | None | Unset
        if isinstance(self.participating_units, Unset):
            participating_units = UNSET
        elif isinstance(self.participating_units, list):
            participating_units = self.participating_units


        else:
            participating_units = self.participating_units


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if participating_units is not UNSET:
            field_dict["participating_units"] = participating_units

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


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_participating_units(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                participating_units_type_0 = cast(list[str], data)

                return participating_units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        participating_units = _parse_participating_units(d.pop("participating_units", UNSET))


        operation_update = cls(
            description=description,
            name=name,
            participating_units=participating_units,
        )

        return operation_update

