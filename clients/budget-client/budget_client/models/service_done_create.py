from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ServiceDoneCreate")



@_attrs_define
class ServiceDoneCreate:
    """ 
        Attributes:
            amount (float | str): Part of the commitment delivered (TTC).
            certified_on (datetime.date | None | Unset): Defaults to today.
            comment (None | str | Unset):
     """

    amount: float | str
    certified_on: datetime.date | None | Unset = UNSET
    comment: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        certified_on: None | str | Unset
        if isinstance(self.certified_on, Unset):
            certified_on = UNSET
        elif isinstance(self.certified_on, datetime.date):
            certified_on = self.certified_on.isoformat()
        else:
            certified_on = self.certified_on

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
        })
        if certified_on is not UNSET:
            field_dict["certified_on"] = certified_on
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))


        def _parse_certified_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certified_on_type_0 = datetime.date.fromisoformat(data)



                return certified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        certified_on = _parse_certified_on(d.pop("certified_on", UNSET))


        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))


        service_done_create = cls(
            amount=amount,
            certified_on=certified_on,
            comment=comment,
        )

        return service_done_create

