from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.budget_title import BudgetTitle
from ..models.purchase_kind import PurchaseKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.line_create import LineCreate





T = TypeVar("T", bound="RequisitionCreate")



@_attrs_define
class RequisitionCreate:
    """ 
        Attributes:
            action (str):
            fiscal_year (int):
            kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own thresholds).
            lines (list[LineCreate]):
            subject (str):
            unit_code (str):
            budget_title (BudgetTitle | Unset):
     """

    action: str
    fiscal_year: int
    kind: PurchaseKind
    lines: list[LineCreate]
    subject: str
    unit_code: str
    budget_title: BudgetTitle | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_create import LineCreate # noqa: PLC0415
        action = self.action

        fiscal_year = self.fiscal_year

        kind = self.kind.value

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        subject = self.subject

        unit_code = self.unit_code

        budget_title: str | Unset = UNSET
        if not isinstance(self.budget_title, Unset):
            budget_title = self.budget_title.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "fiscal_year": fiscal_year,
            "kind": kind,
            "lines": lines,
            "subject": subject,
            "unit_code": unit_code,
        })
        if budget_title is not UNSET:
            field_dict["budget_title"] = budget_title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_create import LineCreate # noqa: PLC0415
        d = dict(src_dict)
        action = d.pop("action")

        fiscal_year = d.pop("fiscal_year")

        kind = PurchaseKind(d.pop("kind"))




        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = LineCreate.from_dict(lines_item_data)



            lines.append(lines_item)


        subject = d.pop("subject")

        unit_code = d.pop("unit_code")

        _budget_title = d.pop("budget_title", UNSET)
        budget_title: BudgetTitle | Unset
        if isinstance(_budget_title,  Unset):
            budget_title = UNSET
        else:
            budget_title = BudgetTitle(_budget_title)




        requisition_create = cls(
            action=action,
            fiscal_year=fiscal_year,
            kind=kind,
            lines=lines,
            subject=subject,
            unit_code=unit_code,
            budget_title=budget_title,
        )

        return requisition_create

