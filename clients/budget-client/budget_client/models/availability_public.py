from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AvailabilityPublic")



@_attrs_define
class AvailabilityPublic:
    """ What a unit can still use on one line (unit × year × action × title).

        Attributes:
            action (str):
            allocated_ae (float | str):
            allocated_cp (float | str):
            available_ae (float | str): allocated − frozen − committed.
            available_cp (float | str): allocated − frozen − paid.
            committed_ae (float | str): AE consumed by legal commitments.
            fiscal_year (int):
            frozen_ae (float | str): In reserve (mise en réserve + surgel − dégel − annulation).
            frozen_cp (float | str):
            paid_cp (float | str): CP consumed by payments.
            title (str):
            unit_code (str):
     """

    action: str
    allocated_ae: float | str
    allocated_cp: float | str
    available_ae: float | str
    available_cp: float | str
    committed_ae: float | str
    fiscal_year: int
    frozen_ae: float | str
    frozen_cp: float | str
    paid_cp: float | str
    title: str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        allocated_ae: float | str
        allocated_ae = self.allocated_ae

        allocated_cp: float | str
        allocated_cp = self.allocated_cp

        available_ae: float | str
        available_ae = self.available_ae

        available_cp: float | str
        available_cp = self.available_cp

        committed_ae: float | str
        committed_ae = self.committed_ae

        fiscal_year = self.fiscal_year

        frozen_ae: float | str
        frozen_ae = self.frozen_ae

        frozen_cp: float | str
        frozen_cp = self.frozen_cp

        paid_cp: float | str
        paid_cp = self.paid_cp

        title = self.title

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "allocated_ae": allocated_ae,
            "allocated_cp": allocated_cp,
            "available_ae": available_ae,
            "available_cp": available_cp,
            "committed_ae": committed_ae,
            "fiscal_year": fiscal_year,
            "frozen_ae": frozen_ae,
            "frozen_cp": frozen_cp,
            "paid_cp": paid_cp,
            "title": title,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_allocated_ae(data: object) -> float | str:
            return cast(float | str, data)

        allocated_ae = _parse_allocated_ae(d.pop("allocated_ae"))


        def _parse_allocated_cp(data: object) -> float | str:
            return cast(float | str, data)

        allocated_cp = _parse_allocated_cp(d.pop("allocated_cp"))


        def _parse_available_ae(data: object) -> float | str:
            return cast(float | str, data)

        available_ae = _parse_available_ae(d.pop("available_ae"))


        def _parse_available_cp(data: object) -> float | str:
            return cast(float | str, data)

        available_cp = _parse_available_cp(d.pop("available_cp"))


        def _parse_committed_ae(data: object) -> float | str:
            return cast(float | str, data)

        committed_ae = _parse_committed_ae(d.pop("committed_ae"))


        fiscal_year = d.pop("fiscal_year")

        def _parse_frozen_ae(data: object) -> float | str:
            return cast(float | str, data)

        frozen_ae = _parse_frozen_ae(d.pop("frozen_ae"))


        def _parse_frozen_cp(data: object) -> float | str:
            return cast(float | str, data)

        frozen_cp = _parse_frozen_cp(d.pop("frozen_cp"))


        def _parse_paid_cp(data: object) -> float | str:
            return cast(float | str, data)

        paid_cp = _parse_paid_cp(d.pop("paid_cp"))


        title = d.pop("title")

        unit_code = d.pop("unit_code")

        availability_public = cls(
            action=action,
            allocated_ae=allocated_ae,
            allocated_cp=allocated_cp,
            available_ae=available_ae,
            available_cp=available_cp,
            committed_ae=committed_ae,
            fiscal_year=fiscal_year,
            frozen_ae=frozen_ae,
            frozen_cp=frozen_cp,
            paid_cp=paid_cp,
            title=title,
            unit_code=unit_code,
        )


        availability_public.additional_properties = d
        return availability_public

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
