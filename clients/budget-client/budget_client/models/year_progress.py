from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="YearProgress")



@_attrs_define
class YearProgress:
    """ 
        Attributes:
            credits_ae (float | str):
            credits_cp (float | str):
            done (float | str):
            items (int):
            planned (float | str):
            progress_pct (float | str): Mean of the items' progress (each capped at 100).
            year (int):
     """

    credits_ae: float | str
    credits_cp: float | str
    done: float | str
    items: int
    planned: float | str
    progress_pct: float | str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        credits_ae: float | str
        credits_ae = self.credits_ae

        credits_cp: float | str
        credits_cp = self.credits_cp

        done: float | str
        done = self.done

        items = self.items

        planned: float | str
        planned = self.planned

        progress_pct: float | str
        progress_pct = self.progress_pct

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "credits_ae": credits_ae,
            "credits_cp": credits_cp,
            "done": done,
            "items": items,
            "planned": planned,
            "progress_pct": progress_pct,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_credits_ae(data: object) -> float | str:
            return cast(float | str, data)

        credits_ae = _parse_credits_ae(d.pop("credits_ae"))


        def _parse_credits_cp(data: object) -> float | str:
            return cast(float | str, data)

        credits_cp = _parse_credits_cp(d.pop("credits_cp"))


        def _parse_done(data: object) -> float | str:
            return cast(float | str, data)

        done = _parse_done(d.pop("done"))


        items = d.pop("items")

        def _parse_planned(data: object) -> float | str:
            return cast(float | str, data)

        planned = _parse_planned(d.pop("planned"))


        def _parse_progress_pct(data: object) -> float | str:
            return cast(float | str, data)

        progress_pct = _parse_progress_pct(d.pop("progress_pct"))


        year = d.pop("year")

        year_progress = cls(
            credits_ae=credits_ae,
            credits_cp=credits_cp,
            done=done,
            items=items,
            planned=planned,
            progress_pct=progress_pct,
            year=year,
        )


        year_progress.additional_properties = d
        return year_progress

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
