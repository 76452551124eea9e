from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.relation_kind import RelationKind






T = TypeVar("T", bound="RelationCreate")



@_attrs_define
class RelationCreate:
    """ 
        Attributes:
            kind (RelationKind):
            target_id (int):
     """

    kind: RelationKind
    target_id: int





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        target_id = self.target_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "target_id": target_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RelationKind(d.pop("kind"))




        target_id = d.pop("target_id")

        relation_create = cls(
            kind=kind,
            target_id=target_id,
        )

        return relation_create

