from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ProgressReport")



@_attrs_define
class ProgressReport:
    """ 
        Attributes:
            done (int):
     """

    done: int





    def to_dict(self) -> dict[str, Any]:
        done = self.done


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "done": done,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        done = d.pop("done")

        progress_report = cls(
            done=done,
        )

        return progress_report

