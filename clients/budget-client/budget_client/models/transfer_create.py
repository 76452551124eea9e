from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.line_ref import LineRef





T = TypeVar("T", bound="TransferCreate")



@_attrs_define
class TransferCreate:
    """ 
        Attributes:
            ae (float | str):
            cp (float | str):
            destination (LineRef):
            fiscal_year (int):
            reason (str):
            source (LineRef):
     """

    ae: float | str
    cp: float | str
    destination: LineRef
    fiscal_year: int
    reason: str
    source: LineRef





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_ref import LineRef # noqa: PLC0415
        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        destination = self.destination.to_dict()

        fiscal_year = self.fiscal_year

        reason = self.reason

        source = self.source.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ae": ae,
            "cp": cp,
            "destination": destination,
            "fiscal_year": fiscal_year,
            "reason": reason,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_ref import LineRef # noqa: PLC0415
        d = dict(src_dict)
        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        def _parse_cp(data: object) -> float | str:
            return cast(float | str, data)

        cp = _parse_cp(d.pop("cp"))


        destination = LineRef.from_dict(d.pop("destination"))




        fiscal_year = d.pop("fiscal_year")

        reason = d.pop("reason")

        source = LineRef.from_dict(d.pop("source"))




        transfer_create = cls(
            ae=ae,
            cp=cp,
            destination=destination,
            fiscal_year=fiscal_year,
            reason=reason,
            source=source,
        )

        return transfer_create

