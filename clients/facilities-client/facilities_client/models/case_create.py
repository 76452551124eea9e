from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.case_category import CaseCategory






T = TypeVar("T", bound="CaseCreate")



@_attrs_define
class CaseCreate:
    """ 
        Attributes:
            agent_ref (str):
            category (CaseCategory):
            summary (str):
            unit_code (str):
     """

    agent_ref: str
    category: CaseCategory
    summary: str
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        agent_ref = self.agent_ref

        category = self.category.value

        summary = self.summary

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agent_ref": agent_ref,
            "category": category,
            "summary": summary,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_ref = d.pop("agent_ref")

        category = CaseCategory(d.pop("category"))




        summary = d.pop("summary")

        unit_code = d.pop("unit_code")

        case_create = cls(
            agent_ref=agent_ref,
            category=category,
            summary=summary,
            unit_code=unit_code,
        )

        return case_create

