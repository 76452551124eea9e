from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.entry_status import EntryStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EntryUpdate")



@_attrs_define
class EntryUpdate:
    """ 
        Attributes:
            response (None | str | Unset):
            status (EntryStatus | None | Unset):
     """

    response: None | str | Unset = UNSET
    status: EntryStatus | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EntryStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if response is not UNSET:
            field_dict["response"] = response
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))


        def _parse_status(data: object) -> EntryStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EntryStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        entry_update = cls(
            response=response,
            status=status,
        )

        return entry_update

