from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CarryOverPublic")



@_attrs_define
class CarryOverPublic:
    """ 
        Attributes:
            action (str):
            ae (float | str):
            commitment_id (int):
            from_year (int):
            id (int):
            recorded_at (datetime.datetime):
            recorded_by (str):
            title (str):
            to_year (int):
            unit_code (str):
     """

    action: str
    ae: float | str
    commitment_id: int
    from_year: int
    id: int
    recorded_at: datetime.datetime
    recorded_by: str
    title: str
    to_year: int
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        ae: float | str
        ae = self.ae

        commitment_id = self.commitment_id

        from_year = self.from_year

        id = self.id

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by

        title = self.title

        to_year = self.to_year

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "ae": ae,
            "commitment_id": commitment_id,
            "from_year": from_year,
            "id": id,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
            "title": title,
            "to_year": to_year,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_ae(data: object) -> float | str:
            return cast(float | str, data)

        ae = _parse_ae(d.pop("ae"))


        commitment_id = d.pop("commitment_id")

        from_year = d.pop("from_year")

        id = d.pop("id")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by = d.pop("recorded_by")

        title = d.pop("title")

        to_year = d.pop("to_year")

        unit_code = d.pop("unit_code")

        carry_over_public = cls(
            action=action,
            ae=ae,
            commitment_id=commitment_id,
            from_year=from_year,
            id=id,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            title=title,
            to_year=to_year,
            unit_code=unit_code,
        )


        carry_over_public.additional_properties = d
        return carry_over_public

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
