from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AttendanceSet")



@_attrs_define
class AttendanceSet:
    """ Émargement: present or absent.

        Attributes:
            present (bool):
     """

    present: bool





    def to_dict(self) -> dict[str, Any]:
        present = self.present


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "present": present,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        present = d.pop("present")

        attendance_set = cls(
            present=present,
        )

        return attendance_set

