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





T = TypeVar("T", bound="RequisitionUpdate")



@_attrs_define
class RequisitionUpdate:
    """ 
        Attributes:
            action (None | str | Unset):
            budget_title (BudgetTitle | None | Unset):
            kind (None | PurchaseKind | Unset):
            lines (list[LineCreate] | None | Unset):
            subject (None | str | Unset):
            tender_reference (None | str | Unset):
     """

    action: None | str | Unset = UNSET
    budget_title: BudgetTitle | None | Unset = UNSET
    kind: None | PurchaseKind | Unset = UNSET
    lines: list[LineCreate] | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    tender_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_create import LineCreate # noqa: PLC0415
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        budget_title: None | str | Unset
        if isinstance(self.budget_title, Unset):
            budget_title = UNSET
        elif isinstance(self.budget_title, BudgetTitle):
            budget_title = self.budget_title.value
        else:
            budget_title = self.budget_title

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, PurchaseKind):
            kind = self.kind.value
        else:
            kind = self.kind

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)


        else:
            lines = self.lines

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        tender_reference: None | str | Unset
        if isinstance(self.tender_reference, Unset):
            tender_reference = UNSET
        else:
            tender_reference = self.tender_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if action is not UNSET:
            field_dict["action"] = action
        if budget_title is not UNSET:
            field_dict["budget_title"] = budget_title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if lines is not UNSET:
            field_dict["lines"] = lines
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tender_reference is not UNSET:
            field_dict["tender_reference"] = tender_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_create import LineCreate # noqa: PLC0415
        d = dict(src_dict)
        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))


        def _parse_budget_title(data: object) -> BudgetTitle | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                budget_title_type_0 = BudgetTitle(data)



                return budget_title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BudgetTitle | None | Unset, data)

        budget_title = _parse_budget_title(d.pop("budget_title", UNSET))


        def _parse_kind(data: object) -> None | PurchaseKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = PurchaseKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PurchaseKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_lines(data: object) -> list[LineCreate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in (_lines_type_0):
                    lines_type_0_item = LineCreate.from_dict(lines_type_0_item_data)



                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LineCreate] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))


        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))


        def _parse_tender_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tender_reference = _parse_tender_reference(d.pop("tender_reference", UNSET))


        requisition_update = cls(
            action=action,
            budget_title=budget_title,
            kind=kind,
            lines=lines,
            subject=subject,
            tender_reference=tender_reference,
        )

        return requisition_update

