from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ItemUpdate")



@_attrs_define
class ItemUpdate:
    """ 
        Attributes:
            model (None | str | Unset):
            model_version (None | str | Unset):
            name (None | str | Unset):
            serial (None | str | Unset):
            site (None | str | Unset):
            unit_code (None | str | Unset):
            warranty_end (datetime.date | None | Unset):
     """

    model: None | str | Unset = UNSET
    model_version: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    serial: None | str | Unset = UNSET
    site: None | str | Unset = UNSET
    unit_code: None | str | Unset = UNSET
    warranty_end: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        model_version: None | str | Unset
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        serial: None | str | Unset
        if isinstance(self.serial, Unset):
            serial = UNSET
        else:
            serial = self.serial

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        unit_code: None | str | Unset
        if isinstance(self.unit_code, Unset):
            unit_code = UNSET
        else:
            unit_code = self.unit_code

        warranty_end: None | str | Unset
        if isinstance(self.warranty_end, Unset):
            warranty_end = UNSET
        elif isinstance(self.warranty_end, datetime.date):
            warranty_end = self.warranty_end.isoformat()
        else:
            warranty_end = self.warranty_end


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if model is not UNSET:
            field_dict["model"] = model
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if name is not UNSET:
            field_dict["name"] = name
        if serial is not UNSET:
            field_dict["serial"] = serial
        if site is not UNSET:
            field_dict["site"] = site
        if unit_code is not UNSET:
            field_dict["unit_code"] = unit_code
        if warranty_end is not UNSET:
            field_dict["warranty_end"] = warranty_end

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))


        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial = _parse_serial(d.pop("serial", UNSET))


        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))


        def _parse_unit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_code = _parse_unit_code(d.pop("unit_code", UNSET))


        def _parse_warranty_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warranty_end_type_0 = datetime.date.fromisoformat(data)



                return warranty_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        warranty_end = _parse_warranty_end(d.pop("warranty_end", UNSET))


        item_update = cls(
            model=model,
            model_version=model_version,
            name=name,
            serial=serial,
            site=site,
            unit_code=unit_code,
            warranty_end=warranty_end,
        )

        return item_update

