from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="BudgetEnvelopePublic")



@_attrs_define
class BudgetEnvelopePublic:
    """ A dotation (AE/CP) notified to a unit for an action and a title.

        Attributes:
            action (str):
            ae (float | str):
            allocation_id (str):
            cp (float | str):
            fiscal_year (int):
            notified_at (datetime.datetime):
            title (str):
            unit_code (str):
     """

    action: str
    ae: float | str
    allocation_id: str
    cp: float | str
    fiscal_year: int
    notified_at: datetime.datetime
    title: str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        allocation_id = self.allocation_id

        cp: float | str
        cp = self.cp

        fiscal_year = self.fiscal_year

        notified_at = self.notified_at.isoformat()

        title = self.title

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "ae": ae,
            "allocation_id": allocation_id,
            "cp": cp,
            "fiscal_year": fiscal_year,
            "notified_at": notified_at,
            "title": title,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        allocation_id = d.pop("allocation_id")

        def _parse_cp(data: object) -> float | str:
            return cast(float | str, data)

        cp = _parse_cp(d.pop("cp"))


        fiscal_year = d.pop("fiscal_year")

        notified_at = datetime.datetime.fromisoformat(d.pop("notified_at"))




        title = d.pop("title")

        unit_code = d.pop("unit_code")

        budget_envelope_public = cls(
            action=action,
            ae=ae,
            allocation_id=allocation_id,
            cp=cp,
            fiscal_year=fiscal_year,
            notified_at=notified_at,
            title=title,
            unit_code=unit_code,
        )


        budget_envelope_public.additional_properties = d
        return budget_envelope_public

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
