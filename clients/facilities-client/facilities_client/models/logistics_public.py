from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.logistics_kind import LogisticsKind
from ..models.logistics_status import LogisticsStatus
from typing import cast
import datetime






T = TypeVar("T", bound="LogisticsPublic")



@_attrs_define
class LogisticsPublic:
    """ 
        Attributes:
            answer (None | str):
            description (str):
            id (int):
            kind (LogisticsKind):
            requested_by (str):
            status (LogisticsStatus):
            unit_code (str):
            version (int):
            wanted_on (datetime.date):
     """

    answer: None | str
    description: str
    id: int
    kind: LogisticsKind
    requested_by: str
    status: LogisticsStatus
    unit_code: str
    version: int
    wanted_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        answer: None | str
        answer = self.answer

        description = self.description

        id = self.id

        kind = self.kind.value

        requested_by = self.requested_by

        status = self.status.value

        unit_code = self.unit_code

        version = self.version

        wanted_on = self.wanted_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answer": answer,
            "description": description,
            "id": id,
            "kind": kind,
            "requested_by": requested_by,
            "status": status,
            "unit_code": unit_code,
            "version": version,
            "wanted_on": wanted_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_answer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        answer = _parse_answer(d.pop("answer"))


        description = d.pop("description")

        id = d.pop("id")

        kind = LogisticsKind(d.pop("kind"))




        requested_by = d.pop("requested_by")

        status = LogisticsStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        wanted_on = datetime.date.fromisoformat(d.pop("wanted_on"))




        logistics_public = cls(
            answer=answer,
            description=description,
            id=id,
            kind=kind,
            requested_by=requested_by,
            status=status,
            unit_code=unit_code,
            version=version,
            wanted_on=wanted_on,
        )


        logistics_public.additional_properties = d
        return logistics_public

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
