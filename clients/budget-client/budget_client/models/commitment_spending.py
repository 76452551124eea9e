from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CommitmentSpending")



@_attrs_define
class CommitmentSpending:
    """ Where a commitment stands in the spending chain.

        Attributes:
            advance_ceiling (float | str):
            ae (float | str):
            commitment_id (int):
            invoices (int):
            paid_cp (float | str): Cumulative CP paid (≤ ae).
            remaining_to_pay (float | str): ae − paid: CP still to pay on the commitment.
            service_done (float | str): Cumulative service fait certified.
            unit_code (str):
     """

    advance_ceiling: float | str
    ae: float | str
    commitment_id: int
    invoices: int
    paid_cp: float | str
    remaining_to_pay: float | str
    service_done: float | str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        advance_ceiling: float | str
        advance_ceiling = self.advance_ceiling

        ae: float | str
        ae = self.ae

        commitment_id = self.commitment_id

        invoices = self.invoices

        paid_cp: float | str
        paid_cp = self.paid_cp

        remaining_to_pay: float | str
        remaining_to_pay = self.remaining_to_pay

        service_done: float | str
        service_done = self.service_done

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "advance_ceiling": advance_ceiling,
            "ae": ae,
            "commitment_id": commitment_id,
            "invoices": invoices,
            "paid_cp": paid_cp,
            "remaining_to_pay": remaining_to_pay,
            "service_done": service_done,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_advance_ceiling(data: object) -> float | str:
            return cast(float | str, data)

        advance_ceiling = _parse_advance_ceiling(d.pop("advance_ceiling"))


        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        commitment_id = d.pop("commitment_id")

        invoices = d.pop("invoices")

        def _parse_paid_cp(data: object) -> float | str:
            return cast(float | str, data)

        paid_cp = _parse_paid_cp(d.pop("paid_cp"))


        def _parse_remaining_to_pay(data: object) -> float | str:
            return cast(float | str, data)

        remaining_to_pay = _parse_remaining_to_pay(d.pop("remaining_to_pay"))


        def _parse_service_done(data: object) -> float | str:
            return cast(float | str, data)

        service_done = _parse_service_done(d.pop("service_done"))


        unit_code = d.pop("unit_code")

        commitment_spending = cls(
            advance_ceiling=advance_ceiling,
            ae=ae,
            commitment_id=commitment_id,
            invoices=invoices,
            paid_cp=paid_cp,
            remaining_to_pay=remaining_to_pay,
            service_done=service_done,
            unit_code=unit_code,
        )


        commitment_spending.additional_properties = d
        return commitment_spending

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
