from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.category import Category
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PostCreate")



@_attrs_define
class PostCreate:
    """ Poste: a position opened in a unit.

        Attributes:
            code (str):
            opened_on (datetime.date):
            title (str):
            unit_code (str):
            category (Category | None | Unset):
     """

    code: str
    opened_on: datetime.date
    title: str
    unit_code: str
    category: Category | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        opened_on = self.opened_on.isoformat()

        title = self.title

        unit_code = self.unit_code

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "opened_on": opened_on,
            "title": title,
            "unit_code": unit_code,
        })
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        title = d.pop("title")

        unit_code = d.pop("unit_code")

        def _parse_category(data: object) -> Category | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = Category(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        post_create = cls(
            code=code,
            opened_on=opened_on,
            title=title,
            unit_code=unit_code,
            category=category,
        )

        return post_create

