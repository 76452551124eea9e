from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.goal import Goal
  from ..models.skill_level import SkillLevel





T = TypeVar("T", bound="ReviewCreate")



@_attrs_define
class ReviewCreate:
    """ An annual professional review (entretien professionnel).

        Attributes:
            agent_id (int):
            review_date (datetime.date):
            year (int):
            goals (list[Goal] | Unset):
            results (None | str | Unset):
            skills (list[SkillLevel] | Unset):
            training_wishes (list[str] | Unset):
     """

    agent_id: int
    review_date: datetime.date
    year: int
    goals: list[Goal] | Unset = UNSET
    results: None | str | Unset = UNSET
    skills: list[SkillLevel] | Unset = UNSET
    training_wishes: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.goal import Goal # noqa: PLC0415
        from ..models.skill_level import SkillLevel # noqa: PLC0415
        agent_id = self.agent_id

        review_date = self.review_date.isoformat()

        year = self.year

        goals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = []
            for goals_item_data in self.goals:
                goals_item = goals_item_data.to_dict()
                goals.append(goals_item)



        results: None | str | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        else:
            results = self.results

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)



        training_wishes: list[str] | Unset = UNSET
        if not isinstance(self.training_wishes, Unset):
            training_wishes = self.training_wishes




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agent_id": agent_id,
            "review_date": review_date,
            "year": year,
        })
        if goals is not UNSET:
            field_dict["goals"] = goals
        if results is not UNSET:
            field_dict["results"] = results
        if skills is not UNSET:
            field_dict["skills"] = skills
        if training_wishes is not UNSET:
            field_dict["training_wishes"] = training_wishes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goal import Goal # noqa: PLC0415
        from ..models.skill_level import SkillLevel # noqa: PLC0415
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        review_date = datetime.date.fromisoformat(d.pop("review_date"))




        year = d.pop("year")

        _goals = d.pop("goals", UNSET)
        goals: list[Goal] | Unset = UNSET
        if _goals is not UNSET:
            goals = []
            for goals_item_data in _goals:
                goals_item = Goal.from_dict(goals_item_data)



                goals.append(goals_item)


        def _parse_results(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results = _parse_results(d.pop("results", UNSET))


        _skills = d.pop("skills", UNSET)
        skills: list[SkillLevel] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = SkillLevel.from_dict(skills_item_data)



                skills.append(skills_item)


        training_wishes = cast(list[str], d.pop("training_wishes", UNSET))


        review_create = cls(
            agent_id=agent_id,
            review_date=review_date,
            year=year,
            goals=goals,
            results=results,
            skills=skills,
            training_wishes=training_wishes,
        )

        return review_create

