from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InvoicePublic")



@_attrs_define
class InvoicePublic:
    """ 
        Attributes:
            amount_ht (float | str):
            amount_ttc (float | str):
            commitment_id (int):
            created_at (datetime.datetime):
            created_by (str):
            days_late (int | None):
            days_to_pay (int | None):
            documents_received_on (datetime.date | None):
            due_on (datetime.date): period_start + 30 days (délai global de paiement).
            fiscal_year (int):
            id (int):
            late_fee (float | None | str):
            late_interest (float | None | str):
            missing_documents (None | str):
            number (str):
            paid_on (datetime.date | None):
            payment_requested_by (None | str):
            payment_requested_on (datetime.date | None):
            period_start (datetime.date): Receipt, or arrival of documents after suspension.
            received_on (datetime.date):
            rejection_reason (None | str):
            status (InvoiceStatus):
            supplier (str):
            suspended_on (datetime.date | None):
            suspension_reason (None | str):
            unit_code (str):
            version (int):
            days_remaining (int | None | Unset): Days until due_on (negative: late); none once closed.
            late (bool | Unset):  Default: False.
            payment_request_delegation_id (None | str | Unset): hr's delegation id of the payment request.
            payment_requested_by_delegation_of (None | str | Unset): Payment requested by delegation: the delegator's login.
     """

    amount_ht: float | str
    amount_ttc: float | str
    commitment_id: int
    created_at: datetime.datetime
    created_by: str
    days_late: int | None
    days_to_pay: int | None
    documents_received_on: datetime.date | None
    due_on: datetime.date
    fiscal_year: int
    id: int
    late_fee: float | None | str
    late_interest: float | None | str
    missing_documents: None | str
    number: str
    paid_on: datetime.date | None
    payment_requested_by: None | str
    payment_requested_on: datetime.date | None
    period_start: datetime.date
    received_on: datetime.date
    rejection_reason: None | str
    status: InvoiceStatus
    supplier: str
    suspended_on: datetime.date | None
    suspension_reason: None | str
    unit_code: str
    version: int
    days_remaining: int | None | Unset = UNSET
    late: bool | Unset = False
    payment_request_delegation_id: None | str | Unset = UNSET
    payment_requested_by_delegation_of: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_ht: float | str
        amount_ht = self.amount_ht

        amount_ttc: float | str
        amount_ttc = self.amount_ttc

        commitment_id = self.commitment_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        days_late: int | None
        days_late = self.days_late

        days_to_pay: int | None
        days_to_pay = self.days_to_pay

        documents_received_on: None | str
        if isinstance(self.documents_received_on, datetime.date):
            documents_received_on = self.documents_received_on.isoformat()
        else:
            documents_received_on = self.documents_received_on

        due_on = self.due_on.isoformat()

        fiscal_year = self.fiscal_year

        id = self.id

        late_fee: float | None | str
        late_fee = self.late_fee

        late_interest: float | None | str
        late_interest = self.late_interest

        missing_documents: None | str
        missing_documents = self.missing_documents

        number = self.number

        paid_on: None | str
        if isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        payment_requested_by: None | str
        payment_requested_by = self.payment_requested_by

        payment_requested_on: None | str
        if isinstance(self.payment_requested_on, datetime.date):
            payment_requested_on = self.payment_requested_on.isoformat()
        else:
            payment_requested_on = self.payment_requested_on

        period_start = self.period_start.isoformat()

        received_on = self.received_on.isoformat()

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        status = self.status.value

        supplier = self.supplier

        suspended_on: None | str
        if isinstance(self.suspended_on, datetime.date):
            suspended_on = self.suspended_on.isoformat()
        else:
            suspended_on = self.suspended_on

        suspension_reason: None | str
        suspension_reason = self.suspension_reason

        unit_code = self.unit_code

        version = self.version

        days_remaining: int | None | Unset
        if isinstance(self.days_remaining, Unset):
            days_remaining = UNSET
        else:
            days_remaining = self.days_remaining

        late = self.late

        payment_request_delegation_id: None | str | Unset
        if isinstance(self.payment_request_delegation_id, Unset):
            payment_request_delegation_id = UNSET
        else:
            payment_request_delegation_id = self.payment_request_delegation_id

        payment_requested_by_delegation_of: None | str | Unset
        if isinstance(self.payment_requested_by_delegation_of, Unset):
            payment_requested_by_delegation_of = UNSET
        else:
            payment_requested_by_delegation_of = self.payment_requested_by_delegation_of


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_ht": amount_ht,
            "amount_ttc": amount_ttc,
            "commitment_id": commitment_id,
            "created_at": created_at,
            "created_by": created_by,
            "days_late": days_late,
            "days_to_pay": days_to_pay,
            "documents_received_on": documents_received_on,
            "due_on": due_on,
            "fiscal_year": fiscal_year,
            "id": id,
            "late_fee": late_fee,
            "late_interest": late_interest,
            "missing_documents": missing_documents,
            "number": number,
            "paid_on": paid_on,
            "payment_requested_by": payment_requested_by,
            "payment_requested_on": payment_requested_on,
            "period_start": period_start,
            "received_on": received_on,
            "rejection_reason": rejection_reason,
            "status": status,
            "supplier": supplier,
            "suspended_on": suspended_on,
            "suspension_reason": suspension_reason,
            "unit_code": unit_code,
            "version": version,
        })
        if days_remaining is not UNSET:
            field_dict["days_remaining"] = days_remaining
        if late is not UNSET:
            field_dict["late"] = late
        if payment_request_delegation_id is not UNSET:
            field_dict["payment_request_delegation_id"] = payment_request_delegation_id
        if payment_requested_by_delegation_of is not UNSET:
            field_dict["payment_requested_by_delegation_of"] = payment_requested_by_delegation_of

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount_ht(data: object) -> float | str:
            return cast(float | str, data)

        amount_ht = _parse_amount_ht(d.pop("amount_ht"))


        def _parse_amount_ttc(data: object) -> float | str:
            return cast(float | str, data)

        amount_ttc = _parse_amount_ttc(d.pop("amount_ttc"))


        commitment_id = d.pop("commitment_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        def _parse_days_late(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_late = _parse_days_late(d.pop("days_late"))


        def _parse_days_to_pay(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_to_pay = _parse_days_to_pay(d.pop("days_to_pay"))


        def _parse_documents_received_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                documents_received_on_type_0 = datetime.date.fromisoformat(data)



                return documents_received_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        documents_received_on = _parse_documents_received_on(d.pop("documents_received_on"))


        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        fiscal_year = d.pop("fiscal_year")

        id = d.pop("id")

        def _parse_late_fee(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        late_fee = _parse_late_fee(d.pop("late_fee"))


        def _parse_late_interest(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        late_interest = _parse_late_interest(d.pop("late_interest"))


        def _parse_missing_documents(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        missing_documents = _parse_missing_documents(d.pop("missing_documents"))


        number = d.pop("number")

        def _parse_paid_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)



                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        paid_on = _parse_paid_on(d.pop("paid_on"))


        def _parse_payment_requested_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_requested_by = _parse_payment_requested_by(d.pop("payment_requested_by"))


        def _parse_payment_requested_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_requested_on_type_0 = datetime.date.fromisoformat(data)



                return payment_requested_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        payment_requested_on = _parse_payment_requested_on(d.pop("payment_requested_on"))


        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))


        status = InvoiceStatus(d.pop("status"))




        supplier = d.pop("supplier")

        def _parse_suspended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_on_type_0 = datetime.date.fromisoformat(data)



                return suspended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        suspended_on = _parse_suspended_on(d.pop("suspended_on"))


        def _parse_suspension_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        suspension_reason = _parse_suspension_reason(d.pop("suspension_reason"))


        unit_code = d.pop("unit_code")

        version = d.pop("version")

        def _parse_days_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_remaining = _parse_days_remaining(d.pop("days_remaining", UNSET))


        late = d.pop("late", UNSET)

        def _parse_payment_request_delegation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_request_delegation_id = _parse_payment_request_delegation_id(d.pop("payment_request_delegation_id", UNSET))


        def _parse_payment_requested_by_delegation_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_requested_by_delegation_of = _parse_payment_requested_by_delegation_of(d.pop("payment_requested_by_delegation_of", UNSET))


        invoice_public = cls(
            amount_ht=amount_ht,
            amount_ttc=amount_ttc,
            commitment_id=commitment_id,
            created_at=created_at,
            created_by=created_by,
            days_late=days_late,
            days_to_pay=days_to_pay,
            documents_received_on=documents_received_on,
            due_on=due_on,
            fiscal_year=fiscal_year,
            id=id,
            late_fee=late_fee,
            late_interest=late_interest,
            missing_documents=missing_documents,
            number=number,
            paid_on=paid_on,
            payment_requested_by=payment_requested_by,
            payment_requested_on=payment_requested_on,
            period_start=period_start,
            received_on=received_on,
            rejection_reason=rejection_reason,
            status=status,
            supplier=supplier,
            suspended_on=suspended_on,
            suspension_reason=suspension_reason,
            unit_code=unit_code,
            version=version,
            days_remaining=days_remaining,
            late=late,
            payment_request_delegation_id=payment_request_delegation_id,
            payment_requested_by_delegation_of=payment_requested_by_delegation_of,
        )


        invoice_public.additional_properties = d
        return invoice_public

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
