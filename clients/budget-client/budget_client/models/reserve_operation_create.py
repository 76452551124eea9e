from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.manual_reserve_kind import ManualReserveKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ReserveOperationCreate")



@_attrs_define
class ReserveOperationCreate:
    """ 
        Attributes:
            ae (float | str):
            cp (float | str):
            kind (ManualReserveKind): Operations recorded one by one (the initial freeze is applied per year).
            reason (str):
            effective_on (datetime.date | None | Unset):
     """

    ae: float | str
    cp: float | str
    kind: ManualReserveKind
    reason: str
    effective_on: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        kind = self.kind.value

        reason = self.reason

        effective_on: None | str | Unset
        if isinstance(self.effective_on, Unset):
            effective_on = UNSET
        elif isinstance(self.effective_on, datetime.date):
            effective_on = self.effective_on.isoformat()
        else:
            effective_on = self.effective_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ae": ae,
            "cp": cp,
            "kind": kind,
            "reason": reason,
        })
        if effective_on is not UNSET:
            field_dict["effective_on"] = effective_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        def _parse_cp(data: object) -> float | str:
            return cast(float | str, data)

        cp = _parse_cp(d.pop("cp"))


        kind = ManualReserveKind(d.pop("kind"))




        reason = d.pop("reason")

        def _parse_effective_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_on_type_0 = datetime.date.fromisoformat(data)



                return effective_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_on = _parse_effective_on(d.pop("effective_on", UNSET))


        reserve_operation_create = cls(
            ae=ae,
            cp=cp,
            kind=kind,
            reason=reason,
            effective_on=effective_on,
        )

        return reserve_operation_create

