from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delegable_act import DelegableAct
from ..models.delegator_role import DelegatorRole
from typing import cast
import datetime






T = TypeVar("T", bound="DelegationPublic")



@_attrs_define
class DelegationPublic:
    """ 
        Attributes:
            acts (list[DelegableAct]):
            created_at (datetime.datetime):
            created_by (str):
            delegate_id (int):
            delegator_id (int):
            delegator_role (DelegatorRole): The role whose acts are delegated: the ordonnateur (DPG manager, a unit's
                officer).
            delegator_unit_code (str):
            id (int):
            legal_basis (None | str):
            revocation_reason (None | str):
            revoked_on (datetime.date | None):
            unit_codes (list[str]):
            valid_from (datetime.date):
            valid_to (datetime.date):
            version (int):
     """

    acts: list[DelegableAct]
    created_at: datetime.datetime
    created_by: str
    delegate_id: int
    delegator_id: int
    delegator_role: DelegatorRole
    delegator_unit_code: str
    id: int
    legal_basis: None | str
    revocation_reason: None | str
    revoked_on: datetime.date | None
    unit_codes: list[str]
    valid_from: datetime.date
    valid_to: datetime.date
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acts = []
        for acts_item_data in self.acts:
            acts_item = acts_item_data.value
            acts.append(acts_item)



        created_at = self.created_at.isoformat()

        created_by = self.created_by

        delegate_id = self.delegate_id

        delegator_id = self.delegator_id

        delegator_role = self.delegator_role.value

        delegator_unit_code = self.delegator_unit_code

        id = self.id

        legal_basis: None | str
        legal_basis = self.legal_basis

        revocation_reason: None | str
        revocation_reason = self.revocation_reason

        revoked_on: None | str
        if isinstance(self.revoked_on, datetime.date):
            revoked_on = self.revoked_on.isoformat()
        else:
            revoked_on = self.revoked_on

        unit_codes = self.unit_codes



        valid_from = self.valid_from.isoformat()

        valid_to = self.valid_to.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acts": acts,
            "created_at": created_at,
            "created_by": created_by,
            "delegate_id": delegate_id,
            "delegator_id": delegator_id,
            "delegator_role": delegator_role,
            "delegator_unit_code": delegator_unit_code,
            "id": id,
            "legal_basis": legal_basis,
            "revocation_reason": revocation_reason,
            "revoked_on": revoked_on,
            "unit_codes": unit_codes,
            "valid_from": valid_from,
            "valid_to": valid_to,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acts = []
        _acts = d.pop("acts")
        for acts_item_data in (_acts):
            acts_item = DelegableAct(acts_item_data)



            acts.append(acts_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        delegate_id = d.pop("delegate_id")

        delegator_id = d.pop("delegator_id")

        delegator_role = DelegatorRole(d.pop("delegator_role"))




        delegator_unit_code = d.pop("delegator_unit_code")

        id = d.pop("id")

        def _parse_legal_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis"))


        def _parse_revocation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revocation_reason = _parse_revocation_reason(d.pop("revocation_reason"))


        def _parse_revoked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_on_type_0 = datetime.date.fromisoformat(data)



                return revoked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revoked_on = _parse_revoked_on(d.pop("revoked_on"))


        unit_codes = cast(list[str], d.pop("unit_codes"))


        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        valid_to = datetime.date.fromisoformat(d.pop("valid_to"))




        version = d.pop("version")

        delegation_public = cls(
            acts=acts,
            created_at=created_at,
            created_by=created_by,
            delegate_id=delegate_id,
            delegator_id=delegator_id,
            delegator_role=delegator_role,
            delegator_unit_code=delegator_unit_code,
            id=id,
            legal_basis=legal_basis,
            revocation_reason=revocation_reason,
            revoked_on=revoked_on,
            unit_codes=unit_codes,
            valid_from=valid_from,
            valid_to=valid_to,
            version=version,
        )


        delegation_public.additional_properties = d
        return delegation_public

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
