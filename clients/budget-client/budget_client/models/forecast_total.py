from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.forecast_total_group import ForecastTotalGroup





T = TypeVar("T", bound="ForecastTotal")



@_attrs_define
class ForecastTotal:
    """ The sum of forecast lines sharing the values of the grouping axes.

        Attributes:
            ae (float | str):
            cp (float | str):
            group (ForecastTotalGroup):
            lines (int):
     """

    ae: float | str
    cp: float | str
    group: ForecastTotalGroup
    lines: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.forecast_total_group import ForecastTotalGroup # noqa: PLC0415
        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        group = self.group.to_dict()

        lines = self.lines


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ae": ae,
            "cp": cp,
            "group": group,
            "lines": lines,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_total_group import ForecastTotalGroup # noqa: PLC0415
        d = dict(src_dict)
        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        def _parse_cp(data: object) -> float | str:
            return cast(float | str, data)

        cp = _parse_cp(d.pop("cp"))


        group = ForecastTotalGroup.from_dict(d.pop("group"))




        lines = d.pop("lines")

        forecast_total = cls(
            ae=ae,
            cp=cp,
            group=group,
            lines=lines,
        )


        forecast_total.additional_properties = d
        return forecast_total

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
