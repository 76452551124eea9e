from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..models.procedure import Procedure
from ..models.purchase_kind import PurchaseKind
from typing import cast
import datetime






T = TypeVar("T", bound="ProcedureChoice")



@_attrs_define
class ProcedureChoice:
    """ The procedure an amount and channel call for on a date.

        Attributes:
            amount_ht (float | str):
            channel (Channel): Canal d'achat de l'Etat.
            kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own thresholds).
            procedure (Procedure): Procédure: commande sur centrale/marché existant, ou seuils pour le marché ouvert.
            thresholds_from (datetime.date | None):
     """

    amount_ht: float | str
    channel: Channel
    kind: PurchaseKind
    procedure: Procedure
    thresholds_from: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_ht: float | str
        amount_ht = self.amount_ht

        channel = self.channel.value

        kind = self.kind.value

        procedure = self.procedure.value

        thresholds_from: None | str
        if isinstance(self.thresholds_from, datetime.date):
            thresholds_from = self.thresholds_from.isoformat()
        else:
            thresholds_from = self.thresholds_from


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_ht": amount_ht,
            "channel": channel,
            "kind": kind,
            "procedure": procedure,
            "thresholds_from": thresholds_from,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount_ht(data: object) -> float | str:
            return cast(float | str, data)

        amount_ht = _parse_amount_ht(d.pop("amount_ht"))


        channel = Channel(d.pop("channel"))




        kind = PurchaseKind(d.pop("kind"))




        procedure = Procedure(d.pop("procedure"))




        def _parse_thresholds_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                thresholds_from_type_0 = datetime.date.fromisoformat(data)



                return thresholds_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        thresholds_from = _parse_thresholds_from(d.pop("thresholds_from"))


        procedure_choice = cls(
            amount_ht=amount_ht,
            channel=channel,
            kind=kind,
            procedure=procedure,
            thresholds_from=thresholds_from,
        )


        procedure_choice.additional_properties = d
        return procedure_choice

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
