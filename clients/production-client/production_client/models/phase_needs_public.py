from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.it_need_public import ItNeedPublic
  from ..models.purchase_need_public import PurchaseNeedPublic
  from ..models.staff_need_public import StaffNeedPublic





T = TypeVar("T", bound="PhaseNeedsPublic")



@_attrs_define
class PhaseNeedsPublic:
    """ 
        Attributes:
            it (list[ItNeedPublic]):
            purchases (list[PurchaseNeedPublic]):
            staff (list[StaffNeedPublic]):
     """

    it: list[ItNeedPublic]
    purchases: list[PurchaseNeedPublic]
    staff: list[StaffNeedPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.it_need_public import ItNeedPublic # noqa: PLC0415
        from ..models.purchase_need_public import PurchaseNeedPublic # noqa: PLC0415
        from ..models.staff_need_public import StaffNeedPublic # noqa: PLC0415
        it = []
        for it_item_data in self.it:
            it_item = it_item_data.to_dict()
            it.append(it_item)



        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)



        staff = []
        for staff_item_data in self.staff:
            staff_item = staff_item_data.to_dict()
            staff.append(staff_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "it": it,
            "purchases": purchases,
            "staff": staff,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.it_need_public import ItNeedPublic # noqa: PLC0415
        from ..models.purchase_need_public import PurchaseNeedPublic # noqa: PLC0415
        from ..models.staff_need_public import StaffNeedPublic # noqa: PLC0415
        d = dict(src_dict)
        it = []
        _it = d.pop("it")
        for it_item_data in (_it):
            it_item = ItNeedPublic.from_dict(it_item_data)



            it.append(it_item)


        purchases = []
        _purchases = d.pop("purchases")
        for purchases_item_data in (_purchases):
            purchases_item = PurchaseNeedPublic.from_dict(purchases_item_data)



            purchases.append(purchases_item)


        staff = []
        _staff = d.pop("staff")
        for staff_item_data in (_staff):
            staff_item = StaffNeedPublic.from_dict(staff_item_data)



            staff.append(staff_item)


        phase_needs_public = cls(
            it=it,
            purchases=purchases,
            staff=staff,
        )


        phase_needs_public.additional_properties = d
        return phase_needs_public

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
