from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MovementPublic")



@_attrs_define
class MovementPublic:
    """ One ledger movement (deltas) on a line.

        Attributes:
            allocated_ae (float | str):
            allocated_cp (float | str):
            allocation_id (int | None):
            commitment_id (int | None):
            committed_ae (float | str):
            frozen_ae (float | str):
            frozen_cp (float | str):
            id (int):
            kind (str):
            line_id (int):
            occurred_at (datetime.datetime):
            paid_cp (float | str):
            reason (None | str):
            recorded_by (str):
            reserve_operation_id (int | None):
            transfer_id (int | None):
     """

    allocated_ae: float | str
    allocated_cp: float | str
    allocation_id: int | None
    commitment_id: int | None
    committed_ae: float | str
    frozen_ae: float | str
    frozen_cp: float | str
    id: int
    kind: str
    line_id: int
    occurred_at: datetime.datetime
    paid_cp: float | str
    reason: None | str
    recorded_by: str
    reserve_operation_id: int | None
    transfer_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        allocated_ae: float | str
        allocated_ae = self.allocated_ae

        allocated_cp: float | str
        allocated_cp = self.allocated_cp

        allocation_id: int | None
        allocation_id = self.allocation_id

        commitment_id: int | None
        commitment_id = self.commitment_id

        committed_ae: float | str
        committed_ae = self.committed_ae

        frozen_ae: float | str
        frozen_ae = self.frozen_ae

        frozen_cp: float | str
        frozen_cp = self.frozen_cp

        id = self.id

        kind = self.kind

        line_id = self.line_id

        occurred_at = self.occurred_at.isoformat()

        paid_cp: float | str
        paid_cp = self.paid_cp

        reason: None | str
        reason = self.reason

        recorded_by = self.recorded_by

        reserve_operation_id: int | None
        reserve_operation_id = self.reserve_operation_id

        transfer_id: int | None
        transfer_id = self.transfer_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "allocated_ae": allocated_ae,
            "allocated_cp": allocated_cp,
            "allocation_id": allocation_id,
            "commitment_id": commitment_id,
            "committed_ae": committed_ae,
            "frozen_ae": frozen_ae,
            "frozen_cp": frozen_cp,
            "id": id,
            "kind": kind,
            "line_id": line_id,
            "occurred_at": occurred_at,
            "paid_cp": paid_cp,
            "reason": reason,
            "recorded_by": recorded_by,
            "reserve_operation_id": reserve_operation_id,
            "transfer_id": transfer_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_allocated_ae(data: object) -> float | str:
            return cast(float | str, data)

        allocated_ae = _parse_allocated_ae(d.pop("allocated_ae"))


        def _parse_allocated_cp(data: object) -> float | str:
            return cast(float | str, data)

        allocated_cp = _parse_allocated_cp(d.pop("allocated_cp"))


        def _parse_allocation_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        allocation_id = _parse_allocation_id(d.pop("allocation_id"))


        def _parse_commitment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        commitment_id = _parse_commitment_id(d.pop("commitment_id"))


        def _parse_committed_ae(data: object) -> float | str:
            return cast(float | str, data)

        committed_ae = _parse_committed_ae(d.pop("committed_ae"))


        def _parse_frozen_ae(data: object) -> float | str:
            return cast(float | str, data)

        frozen_ae = _parse_frozen_ae(d.pop("frozen_ae"))


        def _parse_frozen_cp(data: object) -> float | str:
            return cast(float | str, data)

        frozen_cp = _parse_frozen_cp(d.pop("frozen_cp"))


        id = d.pop("id")

        kind = d.pop("kind")

        line_id = d.pop("line_id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_paid_cp(data: object) -> float | str:
            return cast(float | str, data)

        paid_cp = _parse_paid_cp(d.pop("paid_cp"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        recorded_by = d.pop("recorded_by")

        def _parse_reserve_operation_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reserve_operation_id = _parse_reserve_operation_id(d.pop("reserve_operation_id"))


        def _parse_transfer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        transfer_id = _parse_transfer_id(d.pop("transfer_id"))


        movement_public = cls(
            allocated_ae=allocated_ae,
            allocated_cp=allocated_cp,
            allocation_id=allocation_id,
            commitment_id=commitment_id,
            committed_ae=committed_ae,
            frozen_ae=frozen_ae,
            frozen_cp=frozen_cp,
            id=id,
            kind=kind,
            line_id=line_id,
            occurred_at=occurred_at,
            paid_cp=paid_cp,
            reason=reason,
            recorded_by=recorded_by,
            reserve_operation_id=reserve_operation_id,
            transfer_id=transfer_id,
        )


        movement_public.additional_properties = d
        return movement_public

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
