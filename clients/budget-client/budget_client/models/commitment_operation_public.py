from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.commitment_operation_kind import CommitmentOperationKind
from typing import cast
import datetime






T = TypeVar("T", bound="CommitmentOperationPublic")



@_attrs_define
class CommitmentOperationPublic:
    """ 
        Attributes:
            ae_after (float | str):
            ae_delta (float | str):
            id (int):
            kind (CommitmentOperationKind):
            reason (str):
            recorded_at (datetime.datetime):
            recorded_by (str):
     """

    ae_after: float | str
    ae_delta: float | str
    id: int
    kind: CommitmentOperationKind
    reason: str
    recorded_at: datetime.datetime
    recorded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ae_after: float | str
        ae_after = self.ae_after

        ae_delta: float | str
        ae_delta = self.ae_delta

        id = self.id

        kind = self.kind.value

        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ae_after": ae_after,
            "ae_delta": ae_delta,
            "id": id,
            "kind": kind,
            "reason": reason,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ae_after(data: object) -> float | str:
            return cast(float | str, data)

        ae_after = _parse_ae_after(d.pop("ae_after"))


        def _parse_ae_delta(data: object) -> float | str:
            return cast(float | str, data)

        ae_delta = _parse_ae_delta(d.pop("ae_delta"))


        id = d.pop("id")

        kind = CommitmentOperationKind(d.pop("kind"))




        reason = d.pop("reason")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by = d.pop("recorded_by")

        commitment_operation_public = cls(
            ae_after=ae_after,
            ae_delta=ae_delta,
            id=id,
            kind=kind,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
        )


        commitment_operation_public.additional_properties = d
        return commitment_operation_public

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
