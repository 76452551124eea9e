from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="InvoiceSuspension")



@_attrs_define
class InvoiceSuspension:
    """ 
        Attributes:
            missing_documents (str):
            reason (str):
     """

    missing_documents: str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        missing_documents = self.missing_documents

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "missing_documents": missing_documents,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        missing_documents = d.pop("missing_documents")

        reason = d.pop("reason")

        invoice_suspension = cls(
            missing_documents=missing_documents,
            reason=reason,
        )

        return invoice_suspension

