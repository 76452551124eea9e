from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.action_public import ActionPublic
  from ..models.title_public import TitlePublic





T = TypeVar("T", bound="ProgrammePublic")



@_attrs_define
class ProgrammePublic:
    """ Programme 220 with its actions, sub-actions and the budget titles.

        Attributes:
            actions (list[ActionPublic]):
            code (str):
            label (str):
            titles (list[TitlePublic]):
     """

    actions: list[ActionPublic]
    code: str
    label: str
    titles: list[TitlePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.action_public import ActionPublic # noqa: PLC0415
        from ..models.title_public import TitlePublic # noqa: PLC0415
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)



        code = self.code

        label = self.label

        titles = []
        for titles_item_data in self.titles:
            titles_item = titles_item_data.to_dict()
            titles.append(titles_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actions": actions,
            "code": code,
            "label": label,
            "titles": titles,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_public import ActionPublic # noqa: PLC0415
        from ..models.title_public import TitlePublic # noqa: PLC0415
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in (_actions):
            actions_item = ActionPublic.from_dict(actions_item_data)



            actions.append(actions_item)


        code = d.pop("code")

        label = d.pop("label")

        titles = []
        _titles = d.pop("titles")
        for titles_item_data in (_titles):
            titles_item = TitlePublic.from_dict(titles_item_data)



            titles.append(titles_item)


        programme_public = cls(
            actions=actions,
            code=code,
            label=label,
            titles=titles,
        )


        programme_public.additional_properties = d
        return programme_public

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
