from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.action_public import ActionPublic





T = TypeVar("T", bound="RiskPublic")



@_attrs_define
class RiskPublic:
    """ 
        Attributes:
            assessment_id (int):
            existing_measures (None | str):
            hazard (str):
            id (int):
            probability (int):
            score (int):
            severity (int):
            work_unit (str):
            actions (list[ActionPublic] | Unset):
     """

    assessment_id: int
    existing_measures: None | str
    hazard: str
    id: int
    probability: int
    score: int
    severity: int
    work_unit: str
    actions: list[ActionPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.action_public import ActionPublic # noqa: PLC0415
        assessment_id = self.assessment_id

        existing_measures: None | str
        existing_measures = self.existing_measures

        hazard = self.hazard

        id = self.id

        probability = self.probability

        score = self.score

        severity = self.severity

        work_unit = self.work_unit

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessment_id": assessment_id,
            "existing_measures": existing_measures,
            "hazard": hazard,
            "id": id,
            "probability": probability,
            "score": score,
            "severity": severity,
            "work_unit": work_unit,
        })
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_public import ActionPublic # noqa: PLC0415
        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        def _parse_existing_measures(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        existing_measures = _parse_existing_measures(d.pop("existing_measures"))


        hazard = d.pop("hazard")

        id = d.pop("id")

        probability = d.pop("probability")

        score = d.pop("score")

        severity = d.pop("severity")

        work_unit = d.pop("work_unit")

        _actions = d.pop("actions", UNSET)
        actions: list[ActionPublic] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ActionPublic.from_dict(actions_item_data)



                actions.append(actions_item)


        risk_public = cls(
            assessment_id=assessment_id,
            existing_measures=existing_measures,
            hazard=hazard,
            id=id,
            probability=probability,
            score=score,
            severity=severity,
            work_unit=work_unit,
            actions=actions,
        )


        risk_public.additional_properties = d
        return risk_public

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
