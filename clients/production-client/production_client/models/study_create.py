from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.study_topic import StudyTopic
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="StudyCreate")



@_attrs_define
class StudyCreate:
    """ 
        Attributes:
            question (str):
            title (str):
            topic (StudyTopic):
            unit_code (str):
            due_on (datetime.date | None | Unset):
            method (str | Unset):  Default: ''.
            operation_id (int | None | Unset):
     """

    question: str
    title: str
    topic: StudyTopic
    unit_code: str
    due_on: datetime.date | None | Unset = UNSET
    method: str | Unset = ''
    operation_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        question = self.question

        title = self.title

        topic = self.topic.value

        unit_code = self.unit_code

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

        field_dict.update({
            "question": question,
            "title": title,
            "topic": topic,
            "unit_code": unit_code,
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
        question = d.pop("question")

        title = d.pop("title")

        topic = StudyTopic(d.pop("topic"))




        unit_code = d.pop("unit_code")

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


        study_create = cls(
            question=question,
            title=title,
            topic=topic,
            unit_code=unit_code,
            due_on=due_on,
            method=method,
            operation_id=operation_id,
        )

        return study_create

