from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.commitment_source import CommitmentSource
from ..models.commitment_status import CommitmentStatus
from ..models.title import Title
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CommitmentPublic")



@_attrs_define
class CommitmentPublic:
    """ 
        Attributes:
            action (str):
            ae (float | str): AE currently committed (after reductions; 0 when cancelled).
            created_at (datetime.datetime):
            created_by (str): Who signed (the token's subject).
            description (str):
            fiscal_year (int):
            id (int):
            initial_ae (float | str):
            purchase_order_id (None | str):
            source (CommitmentSource):
            status (CommitmentStatus):
            sub_action (None | str):
            supplier (None | str):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
            version (int):
            by_delegation_of (None | str | Unset): Signed by delegation: the delegator's login (délégation de signature).
            delegation_id (None | str | Unset): hr's delegation id.
     """

    action: str
    ae: float | str
    created_at: datetime.datetime
    created_by: str
    description: str
    fiscal_year: int
    id: int
    initial_ae: float | str
    purchase_order_id: None | str
    source: CommitmentSource
    status: CommitmentStatus
    sub_action: None | str
    supplier: None | str
    title: Title
    unit_code: str
    version: int
    by_delegation_of: None | str | Unset = UNSET
    delegation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        description = self.description

        fiscal_year = self.fiscal_year

        id = self.id

        initial_ae: float | str
        initial_ae = self.initial_ae

        purchase_order_id: None | str
        purchase_order_id = self.purchase_order_id

        source = self.source.value

        status = self.status.value

        sub_action: None | str
        sub_action = self.sub_action

        supplier: None | str
        supplier = self.supplier

        title = self.title.value

        unit_code = self.unit_code

        version = self.version

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
            "action": action,
            "ae": ae,
            "created_at": created_at,
            "created_by": created_by,
            "description": description,
            "fiscal_year": fiscal_year,
            "id": id,
            "initial_ae": initial_ae,
            "purchase_order_id": purchase_order_id,
            "source": source,
            "status": status,
            "sub_action": sub_action,
            "supplier": supplier,
            "title": title,
            "unit_code": unit_code,
            "version": version,
        })
        if by_delegation_of is not UNSET:
            field_dict["by_delegation_of"] = by_delegation_of
        if delegation_id is not UNSET:
            field_dict["delegation_id"] = delegation_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        description = d.pop("description")

        fiscal_year = d.pop("fiscal_year")

        id = d.pop("id")

        def _parse_initial_ae(data: object) -> float | str:
            return cast(float | str, data)

        initial_ae = _parse_initial_ae(d.pop("initial_ae"))


        def _parse_purchase_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purchase_order_id = _parse_purchase_order_id(d.pop("purchase_order_id"))


        source = CommitmentSource(d.pop("source"))




        status = CommitmentStatus(d.pop("status"))




        def _parse_sub_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sub_action = _parse_sub_action(d.pop("sub_action"))


        def _parse_supplier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        supplier = _parse_supplier(d.pop("supplier"))


        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

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


        commitment_public = cls(
            action=action,
            ae=ae,
            created_at=created_at,
            created_by=created_by,
            description=description,
            fiscal_year=fiscal_year,
            id=id,
            initial_ae=initial_ae,
            purchase_order_id=purchase_order_id,
            source=source,
            status=status,
            sub_action=sub_action,
            supplier=supplier,
            title=title,
            unit_code=unit_code,
            version=version,
            by_delegation_of=by_delegation_of,
            delegation_id=delegation_id,
        )


        commitment_public.additional_properties = d
        return commitment_public

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
