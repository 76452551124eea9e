from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.sub_action_public import SubActionPublic





T = TypeVar("T", bound="ActionPublic")



@_attrs_define
class ActionPublic:
    """ 
        Attributes:
            code (str):
            label (str):
            sub_actions (list[SubActionPublic]):
     """

    code: str
    label: str
    sub_actions: list[SubActionPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.sub_action_public import SubActionPublic # noqa: PLC0415
        code = self.code

        label = self.label

        sub_actions = []
        for sub_actions_item_data in self.sub_actions:
            sub_actions_item = sub_actions_item_data.to_dict()
            sub_actions.append(sub_actions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "label": label,
            "sub_actions": sub_actions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_action_public import SubActionPublic # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        sub_actions = []
        _sub_actions = d.pop("sub_actions")
        for sub_actions_item_data in (_sub_actions):
            sub_actions_item = SubActionPublic.from_dict(sub_actions_item_data)



            sub_actions.append(sub_actions_item)


        action_public = cls(
            code=code,
            label=label,
            sub_actions=sub_actions,
        )


        action_public.additional_properties = d
        return action_public

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
