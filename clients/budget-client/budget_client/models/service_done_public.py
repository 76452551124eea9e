from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.service_done_source import ServiceDoneSource
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ServiceDonePublic")



@_attrs_define
class ServiceDonePublic:
    """ 
        Attributes:
            amount (float | str):
            certified_by (str):
            certified_on (datetime.date):
            comment (None | str):
            commitment_id (int):
            id (int):
            receipt_id (None | str):
            recorded_at (datetime.datetime):
            source (ServiceDoneSource):
            unit_code (str):
            by_delegation_of (None | str | Unset): Signed by delegation: the delegator's login (délégation de signature).
            delegation_id (None | str | Unset): hr's delegation id.
     """

    amount: float | str
    certified_by: str
    certified_on: datetime.date
    comment: None | str
    commitment_id: int
    id: int
    receipt_id: None | str
    recorded_at: datetime.datetime
    source: ServiceDoneSource
    unit_code: str
    by_delegation_of: None | str | Unset = UNSET
    delegation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        certified_by = self.certified_by

        certified_on = self.certified_on.isoformat()

        comment: None | str
        comment = self.comment

        commitment_id = self.commitment_id

        id = self.id

        receipt_id: None | str
        receipt_id = self.receipt_id

        recorded_at = self.recorded_at.isoformat()

        source = self.source.value

        unit_code = self.unit_code

        by_delegation_of: None | str | Unset
        if isinstance(self.by_delegation_of, Unset):
            by_delegation_of = UNSET
        else:
            by_delegation_of = self.by_delegation_of

        delegation_id: None | str | Unset
        if isinstance(self.delegation_id, Unset):
            delegation_id = UNSET
        else:
            delegation_id = self.delegation_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "certified_by": certified_by,
            "certified_on": certified_on,
            "comment": comment,
            "commitment_id": commitment_id,
            "id": id,
            "receipt_id": receipt_id,
            "recorded_at": recorded_at,
            "source": source,
            "unit_code": unit_code,
        })
        if by_delegation_of is not UNSET:
            field_dict["by_delegation_of"] = by_delegation_of
        if delegation_id is not UNSET:
            field_dict["delegation_id"] = delegation_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        certified_by = d.pop("certified_by")

        certified_on = datetime.date.fromisoformat(d.pop("certified_on"))




        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))


        commitment_id = d.pop("commitment_id")

        id = d.pop("id")

        def _parse_receipt_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        receipt_id = _parse_receipt_id(d.pop("receipt_id"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        source = ServiceDoneSource(d.pop("source"))




        unit_code = d.pop("unit_code")

        def _parse_by_delegation_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        by_delegation_of = _parse_by_delegation_of(d.pop("by_delegation_of", UNSET))


        def _parse_delegation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delegation_id = _parse_delegation_id(d.pop("delegation_id", UNSET))


        service_done_public = cls(
            amount=amount,
            certified_by=certified_by,
            certified_on=certified_on,
            comment=comment,
            commitment_id=commitment_id,
            id=id,
            receipt_id=receipt_id,
            recorded_at=recorded_at,
            source=source,
            unit_code=unit_code,
            by_delegation_of=by_delegation_of,
            delegation_id=delegation_id,
        )


        service_done_public.additional_properties = d
        return service_done_public

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
