from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IndicatorValueSet")



@_attrs_define
class IndicatorValueSet:
    """ 
        Attributes:
            actual (float | None | str | Unset):
            target (float | None | str | Unset):
            unit_code (None | str | Unset): None: the whole programme.
     """

    actual: float | None | str | Unset = UNSET
    target: float | None | str | Unset = UNSET
    unit_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        actual: float | None | str | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        else:
            actual = self.actual

        target: float | None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        unit_code: None | str | Unset
        if isinstance(self.unit_code, Unset):
            unit_code = UNSET
        else:
            unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if actual is not UNSET:
            field_dict["actual"] = actual
        if target is not UNSET:
            field_dict["target"] = target
        if unit_code is not UNSET:
            field_dict["unit_code"] = unit_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        actual = _parse_actual(d.pop("actual", UNSET))


        def _parse_target(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))


        def _parse_unit_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_code = _parse_unit_code(d.pop("unit_code", UNSET))


        indicator_value_set = cls(
            actual=actual,
            target=target,
            unit_code=unit_code,
        )

        return indicator_value_set

