from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="TimeCreditComputation")



@_attrs_define
class TimeCreditComputation:
    """ Compute the year's credits from the latest election of a CSA held before the year.

        Attributes:
            body_code (str):
     """

    body_code: str





    def to_dict(self) -> dict[str, Any]:
        body_code = self.body_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "body_code": body_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body_code = d.pop("body_code")

        time_credit_computation = cls(
            body_code=body_code,
        )

        return time_credit_computation

