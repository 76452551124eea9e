from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.title import Title
from typing import cast
import datetime






T = TypeVar("T", bound="TransferPublic")



@_attrs_define
class TransferPublic:
    """ 
        Attributes:
            ae (float | str):
            cp (float | str):
            fiscal_year (int):
            from_action (str):
            from_title (Title): LOLF budget titles (titres) of programme 220.
            from_unit (str):
            id (int):
            reason (str):
            recorded_at (datetime.datetime):
            recorded_by (str):
            to_action (str):
            to_title (Title): LOLF budget titles (titres) of programme 220.
            to_unit (str):
     """

    ae: float | str
    cp: float | str
    fiscal_year: int
    from_action: str
    from_title: Title
    from_unit: str
    id: int
    reason: str
    recorded_at: datetime.datetime
    recorded_by: str
    to_action: str
    to_title: Title
    to_unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ae: float | str
        ae = self.ae

        cp: float | str
        cp = self.cp

        fiscal_year = self.fiscal_year

        from_action = self.from_action

        from_title = self.from_title.value

        from_unit = self.from_unit

        id = self.id

        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by

        to_action = self.to_action

        to_title = self.to_title.value

        to_unit = self.to_unit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ae": ae,
            "cp": cp,
            "fiscal_year": fiscal_year,
            "from_action": from_action,
            "from_title": from_title,
            "from_unit": from_unit,
            "id": id,
            "reason": reason,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
            "to_action": to_action,
            "to_title": to_title,
            "to_unit": to_unit,
        })

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


        fiscal_year = d.pop("fiscal_year")

        from_action = d.pop("from_action")

        from_title = Title(d.pop("from_title"))




        from_unit = d.pop("from_unit")

        id = d.pop("id")

        reason = d.pop("reason")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by = d.pop("recorded_by")

        to_action = d.pop("to_action")

        to_title = Title(d.pop("to_title"))




        to_unit = d.pop("to_unit")

        transfer_public = cls(
            ae=ae,
            cp=cp,
            fiscal_year=fiscal_year,
            from_action=from_action,
            from_title=from_title,
            from_unit=from_unit,
            id=id,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            to_action=to_action,
            to_title=to_title,
            to_unit=to_unit,
        )


        transfer_public.additional_properties = d
        return transfer_public

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
