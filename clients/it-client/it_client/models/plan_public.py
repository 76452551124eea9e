from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan_status import PlanStatus
from typing import cast
import datetime






T = TypeVar("T", bound="PlanPublic")



@_attrs_define
class PlanPublic:
    """ 
        Attributes:
            centre_codes (list[str]):
            code (str):
            computed_at (datetime.datetime):
            created_at (datetime.datetime):
            created_by (str):
            first_month (str):
            id (int):
            last_month (str):
            note (None | str):
            number (int):
            over_capacity_lines (int):
            published_at (datetime.datetime | None):
            published_by (None | str):
            status (PlanStatus):
            supersedes_id (int | None):
            version (int):
     """

    centre_codes: list[str]
    code: str
    computed_at: datetime.datetime
    created_at: datetime.datetime
    created_by: str
    first_month: str
    id: int
    last_month: str
    note: None | str
    number: int
    over_capacity_lines: int
    published_at: datetime.datetime | None
    published_by: None | str
    status: PlanStatus
    supersedes_id: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        centre_codes = self.centre_codes



        code = self.code

        computed_at = self.computed_at.isoformat()

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        first_month = self.first_month

        id = self.id

        last_month = self.last_month

        note: None | str
        note = self.note

        number = self.number

        over_capacity_lines = self.over_capacity_lines

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        status = self.status.value

        supersedes_id: int | None
        supersedes_id = self.supersedes_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "centre_codes": centre_codes,
            "code": code,
            "computed_at": computed_at,
            "created_at": created_at,
            "created_by": created_by,
            "first_month": first_month,
            "id": id,
            "last_month": last_month,
            "note": note,
            "number": number,
            "over_capacity_lines": over_capacity_lines,
            "published_at": published_at,
            "published_by": published_by,
            "status": status,
            "supersedes_id": supersedes_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        centre_codes = cast(list[str], d.pop("centre_codes"))


        code = d.pop("code")

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        first_month = d.pop("first_month")

        id = d.pop("id")

        last_month = d.pop("last_month")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        number = d.pop("number")

        over_capacity_lines = d.pop("over_capacity_lines")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))


        status = PlanStatus(d.pop("status"))




        def _parse_supersedes_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        supersedes_id = _parse_supersedes_id(d.pop("supersedes_id"))


        version = d.pop("version")

        plan_public = cls(
            centre_codes=centre_codes,
            code=code,
            computed_at=computed_at,
            created_at=created_at,
            created_by=created_by,
            first_month=first_month,
            id=id,
            last_month=last_month,
            note=note,
            number=number,
            over_capacity_lines=over_capacity_lines,
            published_at=published_at,
            published_by=published_by,
            status=status,
            supersedes_id=supersedes_id,
            version=version,
        )


        plan_public.additional_properties = d
        return plan_public

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
