from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="StatisticalOperationPublic")



@_attrs_define
class StatisticalOperationPublic:
    """ 
        Attributes:
            ends_on (datetime.date | None):
            kind (str):
            lead_unit (str):
            name (str):
            operation_id (str):
            revision (int):
            starts_on (datetime.date | None):
     """

    ends_on: datetime.date | None
    kind: str
    lead_unit: str
    name: str
    operation_id: str
    revision: int
    starts_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        kind = self.kind

        lead_unit = self.lead_unit

        name = self.name

        operation_id = self.operation_id

        revision = self.revision

        starts_on: None | str
        if isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ends_on": ends_on,
            "kind": kind,
            "lead_unit": lead_unit,
            "name": name,
            "operation_id": operation_id,
            "revision": revision,
            "starts_on": starts_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))


        kind = d.pop("kind")

        lead_unit = d.pop("lead_unit")

        name = d.pop("name")

        operation_id = d.pop("operation_id")

        revision = d.pop("revision")

        def _parse_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)



                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        starts_on = _parse_starts_on(d.pop("starts_on"))


        statistical_operation_public = cls(
            ends_on=ends_on,
            kind=kind,
            lead_unit=lead_unit,
            name=name,
            operation_id=operation_id,
            revision=revision,
            starts_on=starts_on,
        )


        statistical_operation_public.additional_properties = d
        return statistical_operation_public

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
