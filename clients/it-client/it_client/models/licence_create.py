from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.licence_type import LicenceType
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LicenceCreate")



@_attrs_define
class LicenceCreate:
    """ 
        Attributes:
            licence_type (LicenceType):
            seats (int):
            software (str):
            unit_code (str):
            expires_on (datetime.date | None | Unset):
            publisher (None | str | Unset):
            purchase_order_id (None | str | Unset):
     """

    licence_type: LicenceType
    seats: int
    software: str
    unit_code: str
    expires_on: datetime.date | None | Unset = UNSET
    publisher: None | str | Unset = UNSET
    purchase_order_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        licence_type = self.licence_type.value

        seats = self.seats

        software = self.software

        unit_code = self.unit_code

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        purchase_order_id: None | str | Unset
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "licence_type": licence_type,
            "seats": seats,
            "software": software,
            "unit_code": unit_code,
        })
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = purchase_order_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        licence_type = LicenceType(d.pop("licence_type"))




        seats = d.pop("seats")

        software = d.pop("software")

        unit_code = d.pop("unit_code")

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)



                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))


        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))


        def _parse_purchase_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_id = _parse_purchase_order_id(d.pop("purchase_order_id", UNSET))


        licence_create = cls(
            licence_type=licence_type,
            seats=seats,
            software=software,
            unit_code=unit_code,
            expires_on=expires_on,
            publisher=publisher,
            purchase_order_id=purchase_order_id,
        )

        return licence_create

