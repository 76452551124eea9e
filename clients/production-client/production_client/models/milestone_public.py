from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MilestonePublic")



@_attrs_define
class MilestonePublic:
    """ 
        Attributes:
            due_on (datetime.date):
            id (int):
            name (str):
            phase_code (PhaseCode): GSBPM phases, in process order.
            reached_on (datetime.date | None):
            late (bool | Unset):  Default: False.
     """

    due_on: datetime.date
    id: int
    name: str
    phase_code: PhaseCode
    reached_on: datetime.date | None
    late: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        id = self.id

        name = self.name

        phase_code = self.phase_code.value

        reached_on: None | str
        if isinstance(self.reached_on, datetime.date):
            reached_on = self.reached_on.isoformat()
        else:
            reached_on = self.reached_on

        late = self.late


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_on": due_on,
            "id": id,
            "name": name,
            "phase_code": phase_code,
            "reached_on": reached_on,
        })
        if late is not UNSET:
            field_dict["late"] = late

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        id = d.pop("id")

        name = d.pop("name")

        phase_code = PhaseCode(d.pop("phase_code"))




        def _parse_reached_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reached_on_type_0 = datetime.date.fromisoformat(data)



                return reached_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reached_on = _parse_reached_on(d.pop("reached_on"))


        late = d.pop("late", UNSET)

        milestone_public = cls(
            due_on=due_on,
            id=id,
            name=name,
            phase_code=phase_code,
            reached_on=reached_on,
            late=late,
        )


        milestone_public.additional_properties = d
        return milestone_public

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
