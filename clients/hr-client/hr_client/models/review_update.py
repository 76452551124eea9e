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





T = TypeVar("T", bound="ReviewUpdate")



@_attrs_define
class ReviewUpdate:
    """ 
        Attributes:
            goals (list[Goal] | None | Unset):
            results (None | str | Unset):
            review_date (datetime.date | None | Unset):
            skills (list[SkillLevel] | None | Unset):
            training_wishes (list[str] | None | Unset):
     """

    goals: list[Goal] | None | Unset = UNSET
    results: None | str | Unset = UNSET
    review_date: datetime.date | None | Unset = UNSET
    skills: list[SkillLevel] | None | Unset = UNSET
    training_wishes: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.goal import Goal # noqa: PLC0415
        from ..models.skill_level import SkillLevel # noqa: PLC0415
        goals: list[dict[str, Any]] | None | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        elif isinstance(self.goals, list):
            goals = []
            for goals_type_0_item_data in self.goals:
                goals_type_0_item = goals_type_0_item_data.to_dict()
                goals.append(goals_type_0_item)


        else:
            goals = self.goals

        results: None | str | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        else:
            results = self.results

        review_date: None | str | Unset
        if isinstance(self.review_date, Unset):
            review_date = UNSET
        elif isinstance(self.review_date, datetime.date):
            review_date = self.review_date.isoformat()
        else:
            review_date = self.review_date

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)


        else:
            skills = self.skills

        training_wishes: list[str] | None | Unset
        if isinstance(self.training_wishes, Unset):
            training_wishes = UNSET
        elif isinstance(self.training_wishes, list):
            training_wishes = self.training_wishes


        else:
            training_wishes = self.training_wishes


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if goals is not UNSET:
            field_dict["goals"] = goals
        if results is not UNSET:
            field_dict["results"] = results
        if review_date is not UNSET:
            field_dict["review_date"] = review_date
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
        def _parse_goals(data: object) -> list[Goal] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goals_type_0 = []
                _goals_type_0 = data
                for goals_type_0_item_data in (_goals_type_0):
                    goals_type_0_item = Goal.from_dict(goals_type_0_item_data)



                    goals_type_0.append(goals_type_0_item)

                return goals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Goal] | None | Unset, data)

        goals = _parse_goals(d.pop("goals", UNSET))


        def _parse_results(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results = _parse_results(d.pop("results", UNSET))


        def _parse_review_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_date_type_0 = datetime.date.fromisoformat(data)



                return review_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        review_date = _parse_review_date(d.pop("review_date", UNSET))


        def _parse_skills(data: object) -> list[SkillLevel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = []
                _skills_type_0 = data
                for skills_type_0_item_data in (_skills_type_0):
                    skills_type_0_item = SkillLevel.from_dict(skills_type_0_item_data)



                    skills_type_0.append(skills_type_0_item)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillLevel] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))


        def _parse_training_wishes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                training_wishes_type_0 = cast(list[str], data)

                return training_wishes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        training_wishes = _parse_training_wishes(d.pop("training_wishes", UNSET))


        review_update = cls(
            goals=goals,
            results=results,
            review_date=review_date,
            skills=skills,
            training_wishes=training_wishes,
        )

        return review_update

