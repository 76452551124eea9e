from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reserve_kind import ReserveKind
from typing import cast
import datetime






T = TypeVar("T", bound="ReserveOperationPublic")



@_attrs_define
class ReserveOperationPublic:
    """ 
        Attributes:
            ae (float | str):
            allocation_id (int):
            cp (float | str):
            effective_on (datetime.date):
            fiscal_year (int):
            id (int):
            kind (ReserveKind):
            reason (str):
            recorded_at (datetime.datetime):
            recorded_by (str):
            unit_code (str):
     """

    ae: float | str
    allocation_id: int
    cp: float | str
    effective_on: datetime.date
    fiscal_year: int
    id: int
    kind: ReserveKind
    reason: str
    recorded_at: datetime.datetime
    recorded_by: str
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ae: float | str
        ae = self.ae

        allocation_id = self.allocation_id

        cp: float | str
        cp = self.cp

        effective_on = self.effective_on.isoformat()

        fiscal_year = self.fiscal_year

        id = self.id

        kind = self.kind.value

        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ae": ae,
            "allocation_id": allocation_id,
            "cp": cp,
            "effective_on": effective_on,
            "fiscal_year": fiscal_year,
            "id": id,
            "kind": kind,
            "reason": reason,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        allocation_id = d.pop("allocation_id")

        def _parse_cp(data: object) -> float | str:
            return cast(float | str, data)

        cp = _parse_cp(d.pop("cp"))


        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        fiscal_year = d.pop("fiscal_year")

        id = d.pop("id")

        kind = ReserveKind(d.pop("kind"))




        reason = d.pop("reason")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by = d.pop("recorded_by")

        unit_code = d.pop("unit_code")

        reserve_operation_public = cls(
            ae=ae,
            allocation_id=allocation_id,
            cp=cp,
            effective_on=effective_on,
            fiscal_year=fiscal_year,
            id=id,
            kind=kind,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            unit_code=unit_code,
        )


        reserve_operation_public.additional_properties = d
        return reserve_operation_public

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
