from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.operation_kind import OperationKind
from ..models.operation_status import OperationStatus
from typing import cast
import datetime






T = TypeVar("T", bound="OperationPublic")



@_attrs_define
class OperationPublic:
    """ 
        Attributes:
            code (str):
            description (str):
            end (datetime.date | None): End of the last phase.
            id (int):
            kind (OperationKind):
            lead_unit (str):
            name (str):
            participating_units (list[str]):
            revision (int): Number of times the operation was (re)scheduled.
            start (datetime.date | None): Start of the first phase.
            status (OperationStatus):
            version (int):
     """

    code: str
    description: str
    end: datetime.date | None
    id: int
    kind: OperationKind
    lead_unit: str
    name: str
    participating_units: list[str]
    revision: int
    start: datetime.date | None
    status: OperationStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        end: None | str
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        id = self.id

        kind = self.kind.value

        lead_unit = self.lead_unit

        name = self.name

        participating_units = self.participating_units



        revision = self.revision

        start: None | str
        if isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        status = self.status.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "description": description,
            "end": end,
            "id": id,
            "kind": kind,
            "lead_unit": lead_unit,
            "name": name,
            "participating_units": participating_units,
            "revision": revision,
            "start": start,
            "status": status,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        def _parse_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)



                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end = _parse_end(d.pop("end"))


        id = d.pop("id")

        kind = OperationKind(d.pop("kind"))




        lead_unit = d.pop("lead_unit")

        name = d.pop("name")

        participating_units = cast(list[str], d.pop("participating_units"))


        revision = d.pop("revision")

        def _parse_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start = _parse_start(d.pop("start"))


        status = OperationStatus(d.pop("status"))




        version = d.pop("version")

        operation_public = cls(
            code=code,
            description=description,
            end=end,
            id=id,
            kind=kind,
            lead_unit=lead_unit,
            name=name,
            participating_units=participating_units,
            revision=revision,
            start=start,
            status=status,
            version=version,
        )


        operation_public.additional_properties = d
        return operation_public

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
