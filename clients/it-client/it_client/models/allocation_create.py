from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AllocationCreate")



@_attrs_define
class AllocationCreate:
    """ 
        Attributes:
            agent_id (str):
            centre_code (str):
            month (str):
            share (float | str): Fraction of the month, 1.00 = 100 %.
            project (None | str | Unset):
     """

    agent_id: str
    centre_code: str
    month: str
    share: float | str
    project: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        centre_code = self.centre_code

        month = self.month

        share: float | str
        share = self.share

        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agent_id": agent_id,
            "centre_code": centre_code,
            "month": month,
            "share": share,
        })
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        centre_code = d.pop("centre_code")

        month = d.pop("month")

        def _parse_share(data: object) -> float | str:
            return cast(float | str, data)

        share = _parse_share(d.pop("share"))


        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))


        allocation_create = cls(
            agent_id=agent_id,
            centre_code=centre_code,
            month=month,
            share=share,
            project=project,
        )

        return allocation_create

