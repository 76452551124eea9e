from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_kind import DecisionKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DecisionCreate")



@_attrs_define
class DecisionCreate:
    """ The DPG's decision: grant (as requested), reduce (with the amounts) or refuse.

        Attributes:
            decision (DecisionKind):
            reason (str):
            ae (float | None | str | Unset):
            cp (float | None | str | Unset):
     """

    decision: DecisionKind
    reason: str
    ae: float | None | str | Unset = UNSET
    cp: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason = self.reason

        ae: float | None | str | Unset
        if isinstance(self.ae, Unset):
            ae = UNSET
        else:
            ae = self.ae

        cp: float | None | str | Unset
        if isinstance(self.cp, Unset):
            cp = UNSET
        else:
            cp = self.cp


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision": decision,
            "reason": reason,
        })
        if ae is not UNSET:
            field_dict["ae"] = ae
        if cp is not UNSET:
            field_dict["cp"] = cp

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = DecisionKind(d.pop("decision"))




        reason = d.pop("reason")

        def _parse_ae(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        ae = _parse_ae(d.pop("ae", UNSET))


        def _parse_cp(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cp = _parse_cp(d.pop("cp", UNSET))


        decision_create = cls(
            decision=decision,
            reason=reason,
            ae=ae,
            cp=cp,
        )

        return decision_create

