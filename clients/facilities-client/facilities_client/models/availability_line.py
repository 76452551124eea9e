from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AvailabilityLine")



@_attrs_define
class AvailabilityLine:
    """ AE of a unit for an action and a title: notified, committed, awaiting, available.

        Attributes:
            action (str):
            ae_allocated (float | str):
            ae_available (float | str):
            ae_awaiting_commitment (float | str):
            ae_committed (float | str):
            cp_allocated (float | str):
            fiscal_year (int):
            title (str):
            unit_code (str):
     """

    action: str
    ae_allocated: float | str
    ae_available: float | str
    ae_awaiting_commitment: float | str
    ae_committed: float | str
    cp_allocated: float | str
    fiscal_year: int
    title: str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae_allocated: float | str
        ae_allocated = self.ae_allocated

        ae_available: float | str
        ae_available = self.ae_available

        ae_awaiting_commitment: float | str
        ae_awaiting_commitment = self.ae_awaiting_commitment

        ae_committed: float | str
        ae_committed = self.ae_committed

        cp_allocated: float | str
        cp_allocated = self.cp_allocated

        fiscal_year = self.fiscal_year

        title = self.title

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "ae_allocated": ae_allocated,
            "ae_available": ae_available,
            "ae_awaiting_commitment": ae_awaiting_commitment,
            "ae_committed": ae_committed,
            "cp_allocated": cp_allocated,
            "fiscal_year": fiscal_year,
            "title": title,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_ae_allocated(data: object) -> float | str:
            return cast(float | str, data)

        ae_allocated = _parse_ae_allocated(d.pop("ae_allocated"))


        def _parse_ae_available(data: object) -> float | str:
            return cast(float | str, data)

        ae_available = _parse_ae_available(d.pop("ae_available"))


        def _parse_ae_awaiting_commitment(data: object) -> float | str:
            return cast(float | str, data)

        ae_awaiting_commitment = _parse_ae_awaiting_commitment(d.pop("ae_awaiting_commitment"))


        def _parse_ae_committed(data: object) -> float | str:
            return cast(float | str, data)

        ae_committed = _parse_ae_committed(d.pop("ae_committed"))


        def _parse_cp_allocated(data: object) -> float | str:
            return cast(float | str, data)

        cp_allocated = _parse_cp_allocated(d.pop("cp_allocated"))


        fiscal_year = d.pop("fiscal_year")

        title = d.pop("title")

        unit_code = d.pop("unit_code")

        availability_line = cls(
            action=action,
            ae_allocated=ae_allocated,
            ae_available=ae_available,
            ae_awaiting_commitment=ae_awaiting_commitment,
            ae_committed=ae_committed,
            cp_allocated=cp_allocated,
            fiscal_year=fiscal_year,
            title=title,
            unit_code=unit_code,
        )


        availability_line.additional_properties = d
        return availability_line

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
