from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.improvement_category import ImprovementCategory
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ImprovementCreate")



@_attrs_define
class ImprovementCreate:
    """ 
        Attributes:
            description (str):
            title (str):
            unit_code (str):
            category (ImprovementCategory | Unset):
            site (None | str | Unset): Defaults to the unit's site.
     """

    description: str
    title: str
    unit_code: str
    category: ImprovementCategory | Unset = UNSET
    site: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        title = self.title

        unit_code = self.unit_code

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value


        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "title": title,
            "unit_code": unit_code,
        })
        if category is not UNSET:
            field_dict["category"] = category
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        title = d.pop("title")

        unit_code = d.pop("unit_code")

        _category = d.pop("category", UNSET)
        category: ImprovementCategory | Unset
        if isinstance(_category,  Unset):
            category = UNSET
        else:
            category = ImprovementCategory(_category)




        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))


        improvement_create = cls(
            description=description,
            title=title,
            unit_code=unit_code,
            category=category,
            site=site,
        )

        return improvement_create

