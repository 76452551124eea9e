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






T = TypeVar("T", bound="PostPublic")



@_attrs_define
class PostPublic:
    """ 
        Attributes:
            category (Category | None):
            closed_on (datetime.date | None):
            code (str):
            filled (bool): Held by an assignment today.
            id (int):
            opened_on (datetime.date):
            title (str):
            unit_code (str):
            version (int):
            holder_agent_id (int | None | Unset):
     """

    category: Category | None
    closed_on: datetime.date | None
    code: str
    filled: bool
    id: int
    opened_on: datetime.date
    title: str
    unit_code: str
    version: int
    holder_agent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category: None | str
        if isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        code = self.code

        filled = self.filled

        id = self.id

        opened_on = self.opened_on.isoformat()

        title = self.title

        unit_code = self.unit_code

        version = self.version

        holder_agent_id: int | None | Unset
        if isinstance(self.holder_agent_id, Unset):
            holder_agent_id = UNSET
        else:
            holder_agent_id = self.holder_agent_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "closed_on": closed_on,
            "code": code,
            "filled": filled,
            "id": id,
            "opened_on": opened_on,
            "title": title,
            "unit_code": unit_code,
            "version": version,
        })
        if holder_agent_id is not UNSET:
            field_dict["holder_agent_id"] = holder_agent_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_category(data: object) -> Category | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = Category(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | None, data)

        category = _parse_category(d.pop("category"))


        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)



                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))


        code = d.pop("code")

        filled = d.pop("filled")

        id = d.pop("id")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        title = d.pop("title")

        unit_code = d.pop("unit_code")

        version = d.pop("version")

        def _parse_holder_agent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        holder_agent_id = _parse_holder_agent_id(d.pop("holder_agent_id", UNSET))


        post_public = cls(
            category=category,
            closed_on=closed_on,
            code=code,
            filled=filled,
            id=id,
            opened_on=opened_on,
            title=title,
            unit_code=unit_code,
            version=version,
            holder_agent_id=holder_agent_id,
        )


        post_public.additional_properties = d
        return post_public

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
