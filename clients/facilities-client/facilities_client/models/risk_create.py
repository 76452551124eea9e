from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.action_create import ActionCreate





T = TypeVar("T", bound="RiskCreate")



@_attrs_define
class RiskCreate:
    """ 
        Attributes:
            hazard (str):
            probability (int): 1 rare … 4 very frequent
            severity (int): 1 minor … 4 very serious
            work_unit (str):
            actions (list[ActionCreate] | Unset):
            existing_measures (None | str | Unset):
     """

    hazard: str
    probability: int
    severity: int
    work_unit: str
    actions: list[ActionCreate] | Unset = UNSET
    existing_measures: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.action_create import ActionCreate # noqa: PLC0415
        hazard = self.hazard

        probability = self.probability

        severity = self.severity

        work_unit = self.work_unit

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)



        existing_measures: None | str | Unset
        if isinstance(self.existing_measures, Unset):
            existing_measures = UNSET
        else:
            existing_measures = self.existing_measures


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "hazard": hazard,
            "probability": probability,
            "severity": severity,
            "work_unit": work_unit,
        })
        if actions is not UNSET:
            field_dict["actions"] = actions
        if existing_measures is not UNSET:
            field_dict["existing_measures"] = existing_measures

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_create import ActionCreate # noqa: PLC0415
        d = dict(src_dict)
        hazard = d.pop("hazard")

        probability = d.pop("probability")

        severity = d.pop("severity")

        work_unit = d.pop("work_unit")

        _actions = d.pop("actions", UNSET)
        actions: list[ActionCreate] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ActionCreate.from_dict(actions_item_data)



                actions.append(actions_item)


        def _parse_existing_measures(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        existing_measures = _parse_existing_measures(d.pop("existing_measures", UNSET))


        risk_create = cls(
            hazard=hazard,
            probability=probability,
            severity=severity,
            work_unit=work_unit,
            actions=actions,
            existing_measures=existing_measures,
        )

        return risk_create

