from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.study_status import StudyStatus
from ..models.study_topic import StudyTopic
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="StudyPublic")



@_attrs_define
class StudyPublic:
    """ 
        Attributes:
            completed_on (datetime.date | None):
            findings (str):
            id (int):
            question (str):
            recommendation (str):
            status (StudyStatus):
            title (str):
            topic (StudyTopic):
            unit_code (str):
            version (int):
            due_on (datetime.date | None | Unset):
            method (str | Unset):  Default: ''.
            operation_id (int | None | Unset):
     """

    completed_on: datetime.date | None
    findings: str
    id: int
    question: str
    recommendation: str
    status: StudyStatus
    title: str
    topic: StudyTopic
    unit_code: str
    version: int
    due_on: datetime.date | None | Unset = UNSET
    method: str | Unset = ''
    operation_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        findings = self.findings

        id = self.id

        question = self.question

        recommendation = self.recommendation

        status = self.status.value

        title = self.title

        topic = self.topic.value

        unit_code = self.unit_code

        version = self.version

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        method = self.method

        operation_id: int | None | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "completed_on": completed_on,
            "findings": findings,
            "id": id,
            "question": question,
            "recommendation": recommendation,
            "status": status,
            "title": title,
            "topic": topic,
            "unit_code": unit_code,
            "version": version,
        })
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if method is not UNSET:
            field_dict["method"] = method
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)



                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))


        findings = d.pop("findings")

        id = d.pop("id")

        question = d.pop("question")

        recommendation = d.pop("recommendation")

        status = StudyStatus(d.pop("status"))




        title = d.pop("title")

        topic = StudyTopic(d.pop("topic"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)



                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))


        method = d.pop("method", UNSET)

        def _parse_operation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))


        study_public = cls(
            completed_on=completed_on,
            findings=findings,
            id=id,
            question=question,
            recommendation=recommendation,
            status=status,
            title=title,
            topic=topic,
            unit_code=unit_code,
            version=version,
            due_on=due_on,
            method=method,
            operation_id=operation_id,
        )


        study_public.additional_properties = d
        return study_public

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
