from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CostAttributionPublic")



@_attrs_define
class CostAttributionPublic:
    """ 
        Attributes:
            activity (str):
            commitment_id (int):
            operation_id (None | str):
            set_by (str):
     """

    activity: str
    commitment_id: int
    operation_id: None | str
    set_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity = self.activity

        commitment_id = self.commitment_id

        operation_id: None | str
        operation_id = self.operation_id

        set_by = self.set_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "commitment_id": commitment_id,
            "operation_id": operation_id,
            "set_by": set_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity = d.pop("activity")

        commitment_id = d.pop("commitment_id")

        def _parse_operation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_id = _parse_operation_id(d.pop("operation_id"))


        set_by = d.pop("set_by")

        cost_attribution_public = cls(
            activity=activity,
            commitment_id=commitment_id,
            operation_id=operation_id,
            set_by=set_by,
        )


        cost_attribution_public.additional_properties = d
        return cost_attribution_public

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
