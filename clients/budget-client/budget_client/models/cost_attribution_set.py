from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CostAttributionSet")



@_attrs_define
class CostAttributionSet:
    """ 
        Attributes:
            activity (str):
            operation_id (None | str | Unset):
     """

    activity: str
    operation_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        activity = self.activity

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "activity": activity,
        })
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity = d.pop("activity")

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))


        cost_attribution_set = cls(
            activity=activity,
            operation_id=operation_id,
        )

        return cost_attribution_set

