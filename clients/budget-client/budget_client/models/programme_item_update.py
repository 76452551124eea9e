from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProgrammeItemUpdate")



@_attrs_define
class ProgrammeItemUpdate:
    """ 
        Attributes:
            credits_ae (float | None | str | Unset):
            credits_cp (float | None | str | Unset):
            description (None | str | Unset):
            done (float | None | str | Unset):
            operation_ids (list[str] | None | Unset):
            planned (float | None | str | Unset):
     """

    credits_ae: float | None | str | Unset = UNSET
    credits_cp: float | None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    done: float | None | str | Unset = UNSET
    operation_ids: list[str] | None | Unset = UNSET
    planned: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        credits_ae: float | None | str | Unset
        if isinstance(self.credits_ae, Unset):
            credits_ae = UNSET
        else:
            credits_ae = self.credits_ae

        credits_cp: float | None | str | Unset
        if isinstance(self.credits_cp, Unset):
            credits_cp = UNSET
        else:
            credits_cp = self.credits_cp

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        done: float | None | str | Unset
        if isinstance(self.done, Unset):
            done = UNSET
        else:
            done = self.done

        operation_ids: list[str] | None | Unset
        if isinstance(self.operation_ids, Unset):
            operation_ids = UNSET
        elif isinstance(self.operation_ids, list):
            operation_ids = self.operation_ids


        else:
            operation_ids = self.operation_ids

        planned: float | None | str | Unset
        if isinstance(self.planned, Unset):
            planned = UNSET
        else:
            planned = self.planned


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if credits_ae is not UNSET:
            field_dict["credits_ae"] = credits_ae
        if credits_cp is not UNSET:
            field_dict["credits_cp"] = credits_cp
        if description is not UNSET:
            field_dict["description"] = description
        if done is not UNSET:
            field_dict["done"] = done
        if operation_ids is not UNSET:
            field_dict["operation_ids"] = operation_ids
        if planned is not UNSET:
            field_dict["planned"] = planned

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_credits_ae(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        credits_ae = _parse_credits_ae(d.pop("credits_ae", UNSET))


        def _parse_credits_cp(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        credits_cp = _parse_credits_cp(d.pop("credits_cp", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_done(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        done = _parse_done(d.pop("done", UNSET))


        def _parse_operation_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                operation_ids_type_0 = cast(list[str], data)

                return operation_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        operation_ids = _parse_operation_ids(d.pop("operation_ids", UNSET))


        def _parse_planned(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        planned = _parse_planned(d.pop("planned", UNSET))


        programme_item_update = cls(
            credits_ae=credits_ae,
            credits_cp=credits_cp,
            description=description,
            done=done,
            operation_ids=operation_ids,
            planned=planned,
        )

        return programme_item_update

