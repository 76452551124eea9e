from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.budget_title import BudgetTitle
from ..models.category import Category
from ..models.channel import Channel
from ..models.procedure import Procedure
from ..models.purchase_kind import PurchaseKind
from ..models.requisition_status import RequisitionStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.line_public import LinePublic





T = TypeVar("T", bound="RequisitionPublic")



@_attrs_define
class RequisitionPublic:
    """ 
        Attributes:
            action (str):
            amount_ht (float | str):
            amount_ttc (float | str):
            approved_by (None | str):
            budget_title (BudgetTitle):
            cancel_reason (None | str):
            channel (Channel | None):
            commitment_id (None | str):
            estimated_value_ht (float | None | str): Estimated value of the need the procedure was chosen on, at submission:
                every similar need of the year (same purchase category, kind and fiscal year, bought on the open market by the
                whole institute), this requisition included; or its own total when larger. None before submission and on a
                framework channel.
            fiscal_year (int):
            id (int):
            kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own thresholds).
            order_id (None | str):
            ordered_on (datetime.date | None):
            procedure (None | Procedure):
            procedure_note (None | str):
            purchase_category (Category | None): The purchase category whose need of the year decided the procedure (none
                when the requisition's own total decided, or on a framework channel).
            rejection_reason (None | str): Why budget refused the commitment, or why the approver refused.
            requested_by (str):
            split_flagged (bool): True when this requisition alone would have called for a lighter procedure than the need
                of the year (fractionnement): the procedure follows the need.
            status (RequisitionStatus):
            subject (str):
            tender_reference (None | str):
            threshold_ht (float | None | str): The threshold that decided: the highest one the estimated value reaches, or,
                below both, the no-publicity threshold it stays under.
            thresholds_from (datetime.date | None):
            unit_code (str):
            version (int):
            lines (list[LinePublic] | Unset):
     """

    action: str
    amount_ht: float | str
    amount_ttc: float | str
    approved_by: None | str
    budget_title: BudgetTitle
    cancel_reason: None | str
    channel: Channel | None
    commitment_id: None | str
    estimated_value_ht: float | None | str
    fiscal_year: int
    id: int
    kind: PurchaseKind
    order_id: None | str
    ordered_on: datetime.date | None
    procedure: None | Procedure
    procedure_note: None | str
    purchase_category: Category | None
    rejection_reason: None | str
    requested_by: str
    split_flagged: bool
    status: RequisitionStatus
    subject: str
    tender_reference: None | str
    threshold_ht: float | None | str
    thresholds_from: datetime.date | None
    unit_code: str
    version: int
    lines: list[LinePublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_public import LinePublic # noqa: PLC0415
        action = self.action

        amount_ht: float | str
        amount_ht = self.amount_ht

        amount_ttc: float | str
        amount_ttc = self.amount_ttc

        approved_by: None | str
        approved_by = self.approved_by

        budget_title = self.budget_title.value

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        channel: None | str
        if isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        commitment_id: None | str
        commitment_id = self.commitment_id

        estimated_value_ht: float | None | str
        estimated_value_ht = self.estimated_value_ht

        fiscal_year = self.fiscal_year

        id = self.id

        kind = self.kind.value

        order_id: None | str
        order_id = self.order_id

        ordered_on: None | str
        if isinstance(self.ordered_on, datetime.date):
            ordered_on = self.ordered_on.isoformat()
        else:
            ordered_on = self.ordered_on

        procedure: None | str
        if isinstance(self.procedure, Procedure):
            procedure = self.procedure.value
        else:
            procedure = self.procedure

        procedure_note: None | str
        procedure_note = self.procedure_note

        purchase_category: None | str
        if isinstance(self.purchase_category, Category):
            purchase_category = self.purchase_category.value
        else:
            purchase_category = self.purchase_category

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        requested_by = self.requested_by

        split_flagged = self.split_flagged

        status = self.status.value

        subject = self.subject

        tender_reference: None | str
        tender_reference = self.tender_reference

        threshold_ht: float | None | str
        threshold_ht = self.threshold_ht

        thresholds_from: None | str
        if isinstance(self.thresholds_from, datetime.date):
            thresholds_from = self.thresholds_from.isoformat()
        else:
            thresholds_from = self.thresholds_from

        unit_code = self.unit_code

        version = self.version

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "amount_ht": amount_ht,
            "amount_ttc": amount_ttc,
            "approved_by": approved_by,
            "budget_title": budget_title,
            "cancel_reason": cancel_reason,
            "channel": channel,
            "commitment_id": commitment_id,
            "estimated_value_ht": estimated_value_ht,
            "fiscal_year": fiscal_year,
            "id": id,
            "kind": kind,
            "order_id": order_id,
            "ordered_on": ordered_on,
            "procedure": procedure,
            "procedure_note": procedure_note,
            "purchase_category": purchase_category,
            "rejection_reason": rejection_reason,
            "requested_by": requested_by,
            "split_flagged": split_flagged,
            "status": status,
            "subject": subject,
            "tender_reference": tender_reference,
            "threshold_ht": threshold_ht,
            "thresholds_from": thresholds_from,
            "unit_code": unit_code,
            "version": version,
        })
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_public import LinePublic # noqa: PLC0415
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_amount_ht(data: object) -> float | str:
            return cast(float | str, data)

        amount_ht = _parse_amount_ht(d.pop("amount_ht"))


        def _parse_amount_ttc(data: object) -> float | str:
            return cast(float | str, data)

        amount_ttc = _parse_amount_ttc(d.pop("amount_ttc"))


        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))


        budget_title = BudgetTitle(d.pop("budget_title"))




        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))


        def _parse_channel(data: object) -> Channel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)



                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None, data)

        channel = _parse_channel(d.pop("channel"))


        def _parse_commitment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        commitment_id = _parse_commitment_id(d.pop("commitment_id"))


        def _parse_estimated_value_ht(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        estimated_value_ht = _parse_estimated_value_ht(d.pop("estimated_value_ht"))


        fiscal_year = d.pop("fiscal_year")

        id = d.pop("id")

        kind = PurchaseKind(d.pop("kind"))




        def _parse_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_id = _parse_order_id(d.pop("order_id"))


        def _parse_ordered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ordered_on_type_0 = datetime.date.fromisoformat(data)



                return ordered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ordered_on = _parse_ordered_on(d.pop("ordered_on"))


        def _parse_procedure(data: object) -> None | Procedure:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                procedure_type_0 = Procedure(data)



                return procedure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Procedure, data)

        procedure = _parse_procedure(d.pop("procedure"))


        def _parse_procedure_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        procedure_note = _parse_procedure_note(d.pop("procedure_note"))


        def _parse_purchase_category(data: object) -> Category | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchase_category_type_0 = Category(data)



                return purchase_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | None, data)

        purchase_category = _parse_purchase_category(d.pop("purchase_category"))


        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))


        requested_by = d.pop("requested_by")

        split_flagged = d.pop("split_flagged")

        status = RequisitionStatus(d.pop("status"))




        subject = d.pop("subject")

        def _parse_tender_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tender_reference = _parse_tender_reference(d.pop("tender_reference"))


        def _parse_threshold_ht(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        threshold_ht = _parse_threshold_ht(d.pop("threshold_ht"))


        def _parse_thresholds_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thresholds_from_type_0 = datetime.date.fromisoformat(data)



                return thresholds_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        thresholds_from = _parse_thresholds_from(d.pop("thresholds_from"))


        unit_code = d.pop("unit_code")

        version = d.pop("version")

        _lines = d.pop("lines", UNSET)
        lines: list[LinePublic] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = LinePublic.from_dict(lines_item_data)



                lines.append(lines_item)


        requisition_public = cls(
            action=action,
            amount_ht=amount_ht,
            amount_ttc=amount_ttc,
            approved_by=approved_by,
            budget_title=budget_title,
            cancel_reason=cancel_reason,
            channel=channel,
            commitment_id=commitment_id,
            estimated_value_ht=estimated_value_ht,
            fiscal_year=fiscal_year,
            id=id,
            kind=kind,
            order_id=order_id,
            ordered_on=ordered_on,
            procedure=procedure,
            procedure_note=procedure_note,
            purchase_category=purchase_category,
            rejection_reason=rejection_reason,
            requested_by=requested_by,
            split_flagged=split_flagged,
            status=status,
            subject=subject,
            tender_reference=tender_reference,
            threshold_ht=threshold_ht,
            thresholds_from=thresholds_from,
            unit_code=unit_code,
            version=version,
            lines=lines,
        )


        requisition_public.additional_properties = d
        return requisition_public

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
