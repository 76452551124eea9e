from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assessment_status import AssessmentStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.risk_public import RiskPublic





T = TypeVar("T", bound="AssessmentPublic")



@_attrs_define
class AssessmentPublic:
    """ 
        Attributes:
            copied_from_id (int | None):
            id (int):
            status (AssessmentStatus):
            unit_code (str):
            validated_on (datetime.date | None):
            version (int):
            year (int):
            risks (list[RiskPublic] | Unset): Highest score first.
     """

    copied_from_id: int | None
    id: int
    status: AssessmentStatus
    unit_code: str
    validated_on: datetime.date | None
    version: int
    year: int
    risks: list[RiskPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_public import RiskPublic # noqa: PLC0415
        copied_from_id: int | None
        copied_from_id = self.copied_from_id

        id = self.id

        status = self.status.value

        unit_code = self.unit_code

        validated_on: None | str
        if isinstance(self.validated_on, datetime.date):
            validated_on = self.validated_on.isoformat()
        else:
            validated_on = self.validated_on

        version = self.version

        year = self.year

        risks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.risks, Unset):
            risks = []
            for risks_item_data in self.risks:
                risks_item = risks_item_data.to_dict()
                risks.append(risks_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "copied_from_id": copied_from_id,
            "id": id,
            "status": status,
            "unit_code": unit_code,
            "validated_on": validated_on,
            "version": version,
            "year": year,
        })
        if risks is not UNSET:
            field_dict["risks"] = risks

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_public import RiskPublic # noqa: PLC0415
        d = dict(src_dict)
        def _parse_copied_from_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        copied_from_id = _parse_copied_from_id(d.pop("copied_from_id"))


        id = d.pop("id")

        status = AssessmentStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        def _parse_validated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validated_on_type_0 = datetime.date.fromisoformat(data)



                return validated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        validated_on = _parse_validated_on(d.pop("validated_on"))


        version = d.pop("version")

        year = d.pop("year")

        _risks = d.pop("risks", UNSET)
        risks: list[RiskPublic] | Unset = UNSET
        if _risks is not UNSET:
            risks = []
            for risks_item_data in _risks:
                risks_item = RiskPublic.from_dict(risks_item_data)



                risks.append(risks_item)


        assessment_public = cls(
            copied_from_id=copied_from_id,
            id=id,
            status=status,
            unit_code=unit_code,
            validated_on=validated_on,
            version=version,
            year=year,
            risks=risks,
        )


        assessment_public.additional_properties = d
        return assessment_public

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
