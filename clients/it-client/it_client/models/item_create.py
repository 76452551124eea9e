from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_kind import ItemKind
from ..models.item_status import ItemStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ItemCreate")



@_attrs_define
class ItemCreate:
    """ 
        Attributes:
            kind (ItemKind):
            model (str): Hardware model or software.
            name (str):
            unit_code (str):
            assigned_agent_id (None | str | Unset):
            model_version (None | str | Unset):
            purchase_order_id (None | str | Unset):
            serial (None | str | Unset):
            site (None | str | Unset):
            status (ItemStatus | Unset): Lifecycle: ordered → in_stock → deployed ⇄ in_repair → retired.
            warranty_end (datetime.date | None | Unset):
     """

    kind: ItemKind
    model: str
    name: str
    unit_code: str
    assigned_agent_id: None | str | Unset = UNSET
    model_version: None | str | Unset = UNSET
    purchase_order_id: None | str | Unset = UNSET
    serial: None | str | Unset = UNSET
    site: None | str | Unset = UNSET
    status: ItemStatus | Unset = UNSET
    warranty_end: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        model = self.model

        name = self.name

        unit_code = self.unit_code

        assigned_agent_id: None | str | Unset
        if isinstance(self.assigned_agent_id, Unset):
            assigned_agent_id = UNSET
        else:
            assigned_agent_id = self.assigned_agent_id

        model_version: None | str | Unset
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        purchase_order_id: None | str | Unset
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id

        serial: None | str | Unset
        if isinstance(self.serial, Unset):
            serial = UNSET
        else:
            serial = self.serial

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        warranty_end: None | str | Unset
        if isinstance(self.warranty_end, Unset):
            warranty_end = UNSET
        elif isinstance(self.warranty_end, datetime.date):
            warranty_end = self.warranty_end.isoformat()
        else:
            warranty_end = self.warranty_end


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "model": model,
            "name": name,
            "unit_code": unit_code,
        })
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if purchase_order_id is not UNSET:
            field_dict["purchase_order_id"] = purchase_order_id
        if serial is not UNSET:
            field_dict["serial"] = serial
        if site is not UNSET:
            field_dict["site"] = site
        if status is not UNSET:
            field_dict["status"] = status
        if warranty_end is not UNSET:
            field_dict["warranty_end"] = warranty_end

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ItemKind(d.pop("kind"))




        model = d.pop("model")

        name = d.pop("name")

        unit_code = d.pop("unit_code")

        def _parse_assigned_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_agent_id = _parse_assigned_agent_id(d.pop("assigned_agent_id", UNSET))


        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))


        def _parse_purchase_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_id = _parse_purchase_order_id(d.pop("purchase_order_id", UNSET))


        def _parse_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial = _parse_serial(d.pop("serial", UNSET))


        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))


        _status = d.pop("status", UNSET)
        status: ItemStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ItemStatus(_status)




        def _parse_warranty_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warranty_end_type_0 = datetime.date.fromisoformat(data)



                return warranty_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        warranty_end = _parse_warranty_end(d.pop("warranty_end", UNSET))


        item_create = cls(
            kind=kind,
            model=model,
            name=name,
            unit_code=unit_code,
            assigned_agent_id=assigned_agent_id,
            model_version=model_version,
            purchase_order_id=purchase_order_id,
            serial=serial,
            site=site,
            status=status,
            warranty_end=warranty_end,
        )

        return item_create

