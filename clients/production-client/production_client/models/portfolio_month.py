from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.portfolio_operation import PortfolioOperation





T = TypeVar("T", bound="PortfolioMonth")



@_attrs_define
class PortfolioMonth:
    """ 
        Attributes:
            it_person_days (float | str):
            month (str):
            operations (list[PortfolioOperation]):
            staff_days (float | str):
     """

    it_person_days: float | str
    month: str
    operations: list[PortfolioOperation]
    staff_days: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.portfolio_operation import PortfolioOperation # noqa: PLC0415
        it_person_days: float | str
        it_person_days = self.it_person_days

        month = self.month

        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)



        staff_days: float | str
        staff_days = self.staff_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "it_person_days": it_person_days,
            "month": month,
            "operations": operations,
            "staff_days": staff_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_operation import PortfolioOperation # noqa: PLC0415
        d = dict(src_dict)
        def _parse_it_person_days(data: object) -> float | str:
            return cast(float | str, data)

        it_person_days = _parse_it_person_days(d.pop("it_person_days"))


        month = d.pop("month")

        operations = []
        _operations = d.pop("operations")
        for operations_item_data in (_operations):
            operations_item = PortfolioOperation.from_dict(operations_item_data)



            operations.append(operations_item)


        def _parse_staff_days(data: object) -> float | str:
            return cast(float | str, data)

        staff_days = _parse_staff_days(d.pop("staff_days"))


        portfolio_month = cls(
            it_person_days=it_person_days,
            month=month,
            operations=operations,
            staff_days=staff_days,
        )


        portfolio_month.additional_properties = d
        return portfolio_month

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
