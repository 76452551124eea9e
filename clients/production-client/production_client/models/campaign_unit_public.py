from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CampaignUnitPublic")



@_attrs_define
class CampaignUnitPublic:
    """ 
        Attributes:
            done (int):
            expected (int): Where the unit should be by now, at a steady pace.
            late (bool):
            percent (float | str):
            target (int):
            unit_code (str):
            version (int):
     """

    done: int
    expected: int
    late: bool
    percent: float | str
    target: int
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        done = self.done

        expected = self.expected

        late = self.late

        percent: float | str
        percent = self.percent

        target = self.target

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "done": done,
            "expected": expected,
            "late": late,
            "percent": percent,
            "target": target,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        done = d.pop("done")

        expected = d.pop("expected")

        late = d.pop("late")

        def _parse_percent(data: object) -> float | str:
            return cast(float | str, data)

        percent = _parse_percent(d.pop("percent"))


        target = d.pop("target")

        unit_code = d.pop("unit_code")

        version = d.pop("version")

        campaign_unit_public = cls(
            done=done,
            expected=expected,
            late=late,
            percent=percent,
            target=target,
            unit_code=unit_code,
            version=version,
        )


        campaign_unit_public.additional_properties = d
        return campaign_unit_public

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
