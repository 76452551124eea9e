from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.compliance_item import ComplianceItem





T = TypeVar("T", bound="ComplianceReport")



@_attrs_define
class ComplianceReport:
    """ Mandatory trainings missing, expired or expiring within ``within_days``, per unit.

        Attributes:
            as_of (datetime.date):
            items (list[ComplianceItem]):
            unit_code (str):
            within_days (int):
     """

    as_of: datetime.date
    items: list[ComplianceItem]
    unit_code: str
    within_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.compliance_item import ComplianceItem # noqa: PLC0415
        as_of = self.as_of.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        unit_code = self.unit_code

        within_days = self.within_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "items": items,
            "unit_code": unit_code,
            "within_days": within_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_item import ComplianceItem # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ComplianceItem.from_dict(items_item_data)



            items.append(items_item)


        unit_code = d.pop("unit_code")

        within_days = d.pop("within_days")

        compliance_report = cls(
            as_of=as_of,
            items=items,
            unit_code=unit_code,
            within_days=within_days,
        )


        compliance_report.additional_properties = d
        return compliance_report

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
