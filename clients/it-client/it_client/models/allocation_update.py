from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AllocationUpdate")



@_attrs_define
class AllocationUpdate:
    """ 
        Attributes:
            project (None | str | Unset):
            share (float | None | str | Unset):
     """

    project: None | str | Unset = UNSET
    share: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        share: float | None | str | Unset
        if isinstance(self.share, Unset):
            share = UNSET
        else:
            share = self.share


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if project is not UNSET:
            field_dict["project"] = project
        if share is not UNSET:
            field_dict["share"] = share

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))


        def _parse_share(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        share = _parse_share(d.pop("share", UNSET))


        allocation_update = cls(
            project=project,
            share=share,
        )

        return allocation_update

