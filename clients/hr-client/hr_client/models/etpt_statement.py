from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.etpt_month import EtptMonth





T = TypeVar("T", bound="EtptStatement")



@_attrs_define
class EtptStatement:
    """ ETPT of a unit (and its descendants) per month and for the year, against the ceiling.

        Attributes:
            annual_etpt (float | str): Mean of the monthly ETPT (4 places).
            ceiling (float | None | str):
            include_descendants (bool):
            months (list[EtptMonth]):
            unit_code (str):
            variance (float | None | str): annual_etpt − ceiling; > 0 means over.
            year (int):
     """

    annual_etpt: float | str
    ceiling: float | None | str
    include_descendants: bool
    months: list[EtptMonth]
    unit_code: str
    variance: float | None | str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.etpt_month import EtptMonth # noqa: PLC0415
        annual_etpt: float | str
        annual_etpt = self.annual_etpt

        ceiling: float | None | str
        ceiling = self.ceiling

        include_descendants = self.include_descendants

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)



        unit_code = self.unit_code

        variance: float | None | str
        variance = self.variance

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "annual_etpt": annual_etpt,
            "ceiling": ceiling,
            "include_descendants": include_descendants,
            "months": months,
            "unit_code": unit_code,
            "variance": variance,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.etpt_month import EtptMonth # noqa: PLC0415
        d = dict(src_dict)
        def _parse_annual_etpt(data: object) -> float | str:
            return cast(float | str, data)

        annual_etpt = _parse_annual_etpt(d.pop("annual_etpt"))


        def _parse_ceiling(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        ceiling = _parse_ceiling(d.pop("ceiling"))


        include_descendants = d.pop("include_descendants")

        months = []
        _months = d.pop("months")
        for months_item_data in (_months):
            months_item = EtptMonth.from_dict(months_item_data)



            months.append(months_item)


        unit_code = d.pop("unit_code")

        def _parse_variance(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        variance = _parse_variance(d.pop("variance"))


        year = d.pop("year")

        etpt_statement = cls(
            annual_etpt=annual_etpt,
            ceiling=ceiling,
            include_descendants=include_descendants,
            months=months,
            unit_code=unit_code,
            variance=variance,
            year=year,
        )


        etpt_statement.additional_properties = d
        return etpt_statement

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
