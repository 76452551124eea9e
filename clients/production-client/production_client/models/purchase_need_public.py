from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.purchase_category import PurchaseCategory
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PurchaseNeedPublic")



@_attrs_define
class PurchaseNeedPublic:
    """ 
        Attributes:
            category (PurchaseCategory):
            description (str):
            estimated_amount (float | str):
            needed_by (datetime.date | None | Unset):
            quantity (int | Unset):  Default: 1.
     """

    category: PurchaseCategory
    description: str
    estimated_amount: float | str
    needed_by: datetime.date | None | Unset = UNSET
    quantity: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        estimated_amount: float | str
        estimated_amount = self.estimated_amount

        needed_by: None | str | Unset
        if isinstance(self.needed_by, Unset):
            needed_by = UNSET
        elif isinstance(self.needed_by, datetime.date):
            needed_by = self.needed_by.isoformat()
        else:
            needed_by = self.needed_by

        quantity = self.quantity


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "description": description,
            "estimated_amount": estimated_amount,
        })
        if needed_by is not UNSET:
            field_dict["needed_by"] = needed_by
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = PurchaseCategory(d.pop("category"))




        description = d.pop("description")

        def _parse_estimated_amount(data: object) -> float | str:
            return cast(float | str, data)

        estimated_amount = _parse_estimated_amount(d.pop("estimated_amount"))


        def _parse_needed_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                needed_by_type_0 = datetime.date.fromisoformat(data)



                return needed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        needed_by = _parse_needed_by(d.pop("needed_by", UNSET))


        quantity = d.pop("quantity", UNSET)

        purchase_need_public = cls(
            category=category,
            description=description,
            estimated_amount=estimated_amount,
            needed_by=needed_by,
            quantity=quantity,
        )

        return purchase_need_public

