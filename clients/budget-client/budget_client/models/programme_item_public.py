from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ProgrammeItemPublic")



@_attrs_define
class ProgrammeItemPublic:
    """ 
        Attributes:
            created_by (str):
            credits_ae (float | str):
            credits_cp (float | str):
            description (str):
            done (float | str):
            id (int):
            operation_ids (list[str]):
            owner_unit (str):
            planned (float | str):
            progress_pct (float | str): done ÷ planned × 100, capped at 100.
            title (str):
            updated_at (datetime.datetime):
            version (int):
            year (int):
     """

    created_by: str
    credits_ae: float | str
    credits_cp: float | str
    description: str
    done: float | str
    id: int
    operation_ids: list[str]
    owner_unit: str
    planned: float | str
    progress_pct: float | str
    title: str
    updated_at: datetime.datetime
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_by = self.created_by

        credits_ae: float | str
        credits_ae = self.credits_ae

        credits_cp: float | str
        credits_cp = self.credits_cp

        description = self.description

        done: float | str
        done = self.done

        id = self.id

        operation_ids = self.operation_ids



        owner_unit = self.owner_unit

        planned: float | str
        planned = self.planned

        progress_pct: float | str
        progress_pct = self.progress_pct

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_by": created_by,
            "credits_ae": credits_ae,
            "credits_cp": credits_cp,
            "description": description,
            "done": done,
            "id": id,
            "operation_ids": operation_ids,
            "owner_unit": owner_unit,
            "planned": planned,
            "progress_pct": progress_pct,
            "title": title,
            "updated_at": updated_at,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_by = d.pop("created_by")

        def _parse_credits_ae(data: object) -> float | str:
            return cast(float | str, data)

        credits_ae = _parse_credits_ae(d.pop("credits_ae"))


        def _parse_credits_cp(data: object) -> float | str:
            return cast(float | str, data)

        credits_cp = _parse_credits_cp(d.pop("credits_cp"))


        description = d.pop("description")

        def _parse_done(data: object) -> float | str:
            return cast(float | str, data)

        done = _parse_done(d.pop("done"))


        id = d.pop("id")

        operation_ids = cast(list[str], d.pop("operation_ids"))


        owner_unit = d.pop("owner_unit")

        def _parse_planned(data: object) -> float | str:
            return cast(float | str, data)

        planned = _parse_planned(d.pop("planned"))


        def _parse_progress_pct(data: object) -> float | str:
            return cast(float | str, data)

        progress_pct = _parse_progress_pct(d.pop("progress_pct"))


        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        year = d.pop("year")

        programme_item_public = cls(
            created_by=created_by,
            credits_ae=credits_ae,
            credits_cp=credits_cp,
            description=description,
            done=done,
            id=id,
            operation_ids=operation_ids,
            owner_unit=owner_unit,
            planned=planned,
            progress_pct=progress_pct,
            title=title,
            updated_at=updated_at,
            version=version,
            year=year,
        )


        programme_item_public.additional_properties = d
        return programme_item_public

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
