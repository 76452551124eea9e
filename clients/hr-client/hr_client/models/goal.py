from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Goal")



@_attrs_define
class Goal:
    """ 
        Attributes:
            title (str):
            achieved (bool | None | Unset):
            result (None | str | Unset):
     """

    title: str
    achieved: bool | None | Unset = UNSET
    result: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        title = self.title

        achieved: bool | None | Unset
        if isinstance(self.achieved, Unset):
            achieved = UNSET
        else:
            achieved = self.achieved

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
        })
        if achieved is not UNSET:
            field_dict["achieved"] = achieved
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_achieved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        achieved = _parse_achieved(d.pop("achieved", UNSET))


        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))


        goal = cls(
            title=title,
            achieved=achieved,
            result=result,
        )

        return goal

