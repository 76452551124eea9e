from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProfileUpdate")



@_attrs_define
class ProfileUpdate:
    """ 
        Attributes:
            active (bool | None | Unset):
            hardware (None | str | Unset):
            name (None | str | Unset):
            software (list[str] | None | Unset):
     """

    active: bool | None | Unset = UNSET
    hardware: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    software: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        hardware: None | str | Unset
        if isinstance(self.hardware, Unset):
            hardware = UNSET
        else:
            hardware = self.hardware

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        software: list[str] | None | Unset
        if isinstance(self.software, Unset):
            software = UNSET
        elif isinstance(self.software, list):
            software = self.software


        else:
            software = self.software


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if hardware is not UNSET:
            field_dict["hardware"] = hardware
        if name is not UNSET:
            field_dict["name"] = name
        if software is not UNSET:
            field_dict["software"] = software

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))


        def _parse_hardware(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hardware = _parse_hardware(d.pop("hardware", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_software(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                software_type_0 = cast(list[str], data)

                return software_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        software = _parse_software(d.pop("software", UNSET))


        profile_update = cls(
            active=active,
            hardware=hardware,
            name=name,
            software=software,
        )

        return profile_update

