from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agent_status import AgentStatus
from ..models.career_kind import CareerKind
from ..models.category import Category
from typing import cast
import datetime






T = TypeVar("T", bound="CareerEventPublic")



@_attrs_define
class CareerEventPublic:
    """ 
        Attributes:
            agent_id (int):
            category (Category): Catégorie de la fonction publique.
            corps (str):
            created_at (datetime.datetime):
            created_by (str):
            echelon (int):
            effective_date (datetime.date):
            from_unit_code (None | str):
            grade (str):
            id (int):
            kind (CareerKind):
            note (None | str):
            status (AgentStatus): Statut: titulaire (civil servant) or contractuel (contract agent).
            to_unit_code (None | str):
     """

    agent_id: int
    category: Category
    corps: str
    created_at: datetime.datetime
    created_by: str
    echelon: int
    effective_date: datetime.date
    from_unit_code: None | str
    grade: str
    id: int
    kind: CareerKind
    note: None | str
    status: AgentStatus
    to_unit_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        category = self.category.value

        corps = self.corps

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        echelon = self.echelon

        effective_date = self.effective_date.isoformat()

        from_unit_code: None | str
        from_unit_code = self.from_unit_code

        grade = self.grade

        id = self.id

        kind = self.kind.value

        note: None | str
        note = self.note

        status = self.status.value

        to_unit_code: None | str
        to_unit_code = self.to_unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "category": category,
            "corps": corps,
            "created_at": created_at,
            "created_by": created_by,
            "echelon": echelon,
            "effective_date": effective_date,
            "from_unit_code": from_unit_code,
            "grade": grade,
            "id": id,
            "kind": kind,
            "note": note,
            "status": status,
            "to_unit_code": to_unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        category = Category(d.pop("category"))




        corps = d.pop("corps")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        echelon = d.pop("echelon")

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))




        def _parse_from_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_unit_code = _parse_from_unit_code(d.pop("from_unit_code"))


        grade = d.pop("grade")

        id = d.pop("id")

        kind = CareerKind(d.pop("kind"))




        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        status = AgentStatus(d.pop("status"))




        def _parse_to_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_unit_code = _parse_to_unit_code(d.pop("to_unit_code"))


        career_event_public = cls(
            agent_id=agent_id,
            category=category,
            corps=corps,
            created_at=created_at,
            created_by=created_by,
            echelon=echelon,
            effective_date=effective_date,
            from_unit_code=from_unit_code,
            grade=grade,
            id=id,
            kind=kind,
            note=note,
            status=status,
            to_unit_code=to_unit_code,
        )


        career_event_public.additional_properties = d
        return career_event_public

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
