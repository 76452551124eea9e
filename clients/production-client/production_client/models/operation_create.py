from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.operation_kind import OperationKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OperationCreate")



@_attrs_define
class OperationCreate:
    """ 
        Attributes:
            code (str):
            kind (OperationKind):
            lead_unit (str):
            name (str):
            description (str | Unset):  Default: ''.
            participating_units (list[str] | Unset):
     """

    code: str
    kind: OperationKind
    lead_unit: str
    name: str
    description: str | Unset = ''
    participating_units: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        lead_unit = self.lead_unit

        name = self.name

        description = self.description

        participating_units: list[str] | Unset = UNSET
        if not isinstance(self.participating_units, Unset):
            participating_units = self.participating_units




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "kind": kind,
            "lead_unit": lead_unit,
            "name": name,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if participating_units is not UNSET:
            field_dict["participating_units"] = participating_units

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = OperationKind(d.pop("kind"))




        lead_unit = d.pop("lead_unit")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        participating_units = cast(list[str], d.pop("participating_units", UNSET))


        operation_create = cls(
            code=code,
            kind=kind,
            lead_unit=lead_unit,
            name=name,
            description=description,
            participating_units=participating_units,
        )

        return operation_create

