from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.it_need_in import ItNeedIn
  from ..models.purchase_need_in import PurchaseNeedIn
  from ..models.staff_need_in import StaffNeedIn





T = TypeVar("T", bound="PhaseNeeds")



@_attrs_define
class PhaseNeeds:
    """ All resource needs of a phase (replaced as a whole).

        Attributes:
            it (list[ItNeedIn] | Unset):
            purchases (list[PurchaseNeedIn] | Unset):
            staff (list[StaffNeedIn] | Unset):
     """

    it: list[ItNeedIn] | Unset = UNSET
    purchases: list[PurchaseNeedIn] | Unset = UNSET
    staff: list[StaffNeedIn] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.it_need_in import ItNeedIn # noqa: PLC0415
        from ..models.purchase_need_in import PurchaseNeedIn # noqa: PLC0415
        from ..models.staff_need_in import StaffNeedIn # noqa: PLC0415
        it: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.it, Unset):
            it = []
            for it_item_data in self.it:
                it_item = it_item_data.to_dict()
                it.append(it_item)



        purchases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchases, Unset):
            purchases = []
            for purchases_item_data in self.purchases:
                purchases_item = purchases_item_data.to_dict()
                purchases.append(purchases_item)



        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if it is not UNSET:
            field_dict["it"] = it
        if purchases is not UNSET:
            field_dict["purchases"] = purchases
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.it_need_in import ItNeedIn # noqa: PLC0415
        from ..models.purchase_need_in import PurchaseNeedIn # noqa: PLC0415
        from ..models.staff_need_in import StaffNeedIn # noqa: PLC0415
        d = dict(src_dict)
        _it = d.pop("it", UNSET)
        it: list[ItNeedIn] | Unset = UNSET
        if _it is not UNSET:
            it = []
            for it_item_data in _it:
                it_item = ItNeedIn.from_dict(it_item_data)



                it.append(it_item)


        _purchases = d.pop("purchases", UNSET)
        purchases: list[PurchaseNeedIn] | Unset = UNSET
        if _purchases is not UNSET:
            purchases = []
            for purchases_item_data in _purchases:
                purchases_item = PurchaseNeedIn.from_dict(purchases_item_data)



                purchases.append(purchases_item)


        _staff = d.pop("staff", UNSET)
        staff: list[StaffNeedIn] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = StaffNeedIn.from_dict(staff_item_data)



                staff.append(staff_item)


        phase_needs = cls(
            it=it,
            purchases=purchases,
            staff=staff,
        )

        return phase_needs

