from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delegable_act import DelegableAct
from ..models.delegator_role import DelegatorRole
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DelegationCreate")



@_attrs_define
class DelegationCreate:
    """ 
        Attributes:
            acts (list[DelegableAct]):
            delegate_id (int): The agent who will sign in the delegator's name.
            delegator_id (int): The agent who holds the role and delegates.
            delegator_role (DelegatorRole): The role whose acts are delegated: the ordonnateur (DPG manager, a unit's
                officer).
            unit_codes (list[str]): Units covered, with their sub-units.
            valid_from (datetime.date):
            valid_to (datetime.date): The last day the delegation applies.
            legal_basis (None | str | Unset): The decision (arrêté, décision) that grants it, and its date.
     """

    acts: list[DelegableAct]
    delegate_id: int
    delegator_id: int
    delegator_role: DelegatorRole
    unit_codes: list[str]
    valid_from: datetime.date
    valid_to: datetime.date
    legal_basis: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        acts = []
        for acts_item_data in self.acts:
            acts_item = acts_item_data.value
            acts.append(acts_item)



        delegate_id = self.delegate_id

        delegator_id = self.delegator_id

        delegator_role = self.delegator_role.value

        unit_codes = self.unit_codes



        valid_from = self.valid_from.isoformat()

        valid_to = self.valid_to.isoformat()

        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        else:
            legal_basis = self.legal_basis


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "acts": acts,
            "delegate_id": delegate_id,
            "delegator_id": delegator_id,
            "delegator_role": delegator_role,
            "unit_codes": unit_codes,
            "valid_from": valid_from,
            "valid_to": valid_to,
        })
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acts = []
        _acts = d.pop("acts")
        for acts_item_data in (_acts):
            acts_item = DelegableAct(acts_item_data)



            acts.append(acts_item)


        delegate_id = d.pop("delegate_id")

        delegator_id = d.pop("delegator_id")

        delegator_role = DelegatorRole(d.pop("delegator_role"))




        unit_codes = cast(list[str], d.pop("unit_codes"))


        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        valid_to = datetime.date.fromisoformat(d.pop("valid_to"))




        def _parse_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis", UNSET))


        delegation_create = cls(
            acts=acts,
            delegate_id=delegate_id,
            delegator_id=delegator_id,
            delegator_role=delegator_role,
            unit_codes=unit_codes,
            valid_from=valid_from,
            valid_to=valid_to,
            legal_basis=legal_basis,
        )

        return delegation_create

