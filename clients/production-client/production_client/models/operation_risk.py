from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_colour import RiskColour
from typing import cast

if TYPE_CHECKING:
  from ..models.phase_risk import PhaseRisk





T = TypeVar("T", bound="OperationRisk")



@_attrs_define
class OperationRisk:
    """ 
        Attributes:
            code (str):
            colour (RiskColour):
            operation_id (int):
            phases (list[PhaseRisk]):
     """

    code: str
    colour: RiskColour
    operation_id: int
    phases: list[PhaseRisk]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.phase_risk import PhaseRisk # noqa: PLC0415
        code = self.code

        colour = self.colour.value

        operation_id = self.operation_id

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "colour": colour,
            "operation_id": operation_id,
            "phases": phases,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phase_risk import PhaseRisk # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        colour = RiskColour(d.pop("colour"))




        operation_id = d.pop("operation_id")

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in (_phases):
            phases_item = PhaseRisk.from_dict(phases_item_data)



            phases.append(phases_item)


        operation_risk = cls(
            code=code,
            colour=colour,
            operation_id=operation_id,
            phases=phases,
        )


        operation_risk.additional_properties = d
        return operation_risk

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
