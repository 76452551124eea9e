from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_status import ReviewStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.goal import Goal
  from ..models.skill_level import SkillLevel





T = TypeVar("T", bound="ReviewPublic")



@_attrs_define
class ReviewPublic:
    """ 
        Attributes:
            agent_id (int):
            goals (list[Goal]):
            id (int):
            results (None | str):
            review_date (datetime.date):
            reviewer (str):
            signed_at (datetime.datetime | None):
            skills (list[SkillLevel]):
            status (ReviewStatus):
            training_wishes (list[str]):
            unit_code (str):
            version (int):
            year (int):
     """

    agent_id: int
    goals: list[Goal]
    id: int
    results: None | str
    review_date: datetime.date
    reviewer: str
    signed_at: datetime.datetime | None
    skills: list[SkillLevel]
    status: ReviewStatus
    training_wishes: list[str]
    unit_code: str
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.goal import Goal # noqa: PLC0415
        from ..models.skill_level import SkillLevel # noqa: PLC0415
        agent_id = self.agent_id

        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)



        id = self.id

        results: None | str
        results = self.results

        review_date = self.review_date.isoformat()

        reviewer = self.reviewer

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)



        status = self.status.value

        training_wishes = self.training_wishes



        unit_code = self.unit_code

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "goals": goals,
            "id": id,
            "results": results,
            "review_date": review_date,
            "reviewer": reviewer,
            "signed_at": signed_at,
            "skills": skills,
            "status": status,
            "training_wishes": training_wishes,
            "unit_code": unit_code,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goal import Goal # noqa: PLC0415
        from ..models.skill_level import SkillLevel # noqa: PLC0415
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        goals = []
        _goals = d.pop("goals")
        for goals_item_data in (_goals):
            goals_item = Goal.from_dict(goals_item_data)



            goals.append(goals_item)


        id = d.pop("id")

        def _parse_results(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        results = _parse_results(d.pop("results"))


        review_date = datetime.date.fromisoformat(d.pop("review_date"))




        reviewer = d.pop("reviewer")

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))


        skills = []
        _skills = d.pop("skills")
        for skills_item_data in (_skills):
            skills_item = SkillLevel.from_dict(skills_item_data)



            skills.append(skills_item)


        status = ReviewStatus(d.pop("status"))




        training_wishes = cast(list[str], d.pop("training_wishes"))


        unit_code = d.pop("unit_code")

        version = d.pop("version")

        year = d.pop("year")

        review_public = cls(
            agent_id=agent_id,
            goals=goals,
            id=id,
            results=results,
            review_date=review_date,
            reviewer=reviewer,
            signed_at=signed_at,
            skills=skills,
            status=status,
            training_wishes=training_wishes,
            unit_code=unit_code,
            version=version,
            year=year,
        )


        review_public.additional_properties = d
        return review_public

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
