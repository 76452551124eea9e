from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.indicator_public import IndicatorPublic





T = TypeVar("T", bound="ObjectivePublic")



@_attrs_define
class ObjectivePublic:
    """ 
        Attributes:
            code (str):
            id (int):
            indicators (list[IndicatorPublic]):
            label (str):
     """

    code: str
    id: int
    indicators: list[IndicatorPublic]
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_public import IndicatorPublic # noqa: PLC0415
        code = self.code

        id = self.id

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)



        label = self.label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "id": id,
            "indicators": indicators,
            "label": label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_public import IndicatorPublic # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = IndicatorPublic.from_dict(indicators_item_data)



            indicators.append(indicators_item)


        label = d.pop("label")

        objective_public = cls(
            code=code,
            id=id,
            indicators=indicators,
            label=label,
        )


        objective_public.additional_properties = d
        return objective_public

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
