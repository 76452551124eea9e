from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.improvement_status import ImprovementStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FollowUpUpdate")



@_attrs_define
class FollowUpUpdate:
    """ The facilities register's follow-up, recorded back on the proposal.

        Attributes:
            status (ImprovementStatus): submitted (sent to facilities) → registered → in_progress → done; or rejected.
            facilities_reference (None | str | Unset):
            note (None | str | Unset):
     """

    status: ImprovementStatus
    facilities_reference: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        facilities_reference: None | str | Unset
        if isinstance(self.facilities_reference, Unset):
            facilities_reference = UNSET
        else:
            facilities_reference = self.facilities_reference

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })
        if facilities_reference is not UNSET:
            field_dict["facilities_reference"] = facilities_reference
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = ImprovementStatus(d.pop("status"))




        def _parse_facilities_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facilities_reference = _parse_facilities_reference(d.pop("facilities_reference", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        follow_up_update = cls(
            status=status,
            facilities_reference=facilities_reference,
            note=note,
        )

        return follow_up_update

