from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.compliance_status import ComplianceStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ComplianceItem")



@_attrs_define
class ComplianceItem:
    """ 
        Attributes:
            agent_id (int):
            certificate_expires_on (datetime.date | None):
            course_code (str):
            course_id (int):
            first_name (str):
            last_name (str):
            status (ComplianceStatus):
            unit_code (str):
     """

    agent_id: int
    certificate_expires_on: datetime.date | None
    course_code: str
    course_id: int
    first_name: str
    last_name: str
    status: ComplianceStatus
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        certificate_expires_on: None | str
        if isinstance(self.certificate_expires_on, datetime.date):
            certificate_expires_on = self.certificate_expires_on.isoformat()
        else:
            certificate_expires_on = self.certificate_expires_on

        course_code = self.course_code

        course_id = self.course_id

        first_name = self.first_name

        last_name = self.last_name

        status = self.status.value

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "certificate_expires_on": certificate_expires_on,
            "course_code": course_code,
            "course_id": course_id,
            "first_name": first_name,
            "last_name": last_name,
            "status": status,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        def _parse_certificate_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certificate_expires_on_type_0 = datetime.date.fromisoformat(data)



                return certificate_expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        certificate_expires_on = _parse_certificate_expires_on(d.pop("certificate_expires_on"))


        course_code = d.pop("course_code")

        course_id = d.pop("course_id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        status = ComplianceStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        compliance_item = cls(
            agent_id=agent_id,
            certificate_expires_on=certificate_expires_on,
            course_code=course_code,
            course_id=course_id,
            first_name=first_name,
            last_name=last_name,
            status=status,
            unit_code=unit_code,
        )


        compliance_item.additional_properties = d
        return compliance_item

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
