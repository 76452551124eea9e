"""Request bodies forbid unknown fields and their documented examples are valid requests."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from production_svc.improvements.schemas import FollowUpUpdate, ImprovementCreate
from production_svc.operations.schemas import (
    MilestoneCreate,
    MilestoneUpdate,
    OperationCreate,
    OperationUpdate,
    PhaseComplete,
    PhaseCreate,
    PhaseNeeds,
    PhaseUpdate,
    ScheduleRequest,
)
from production_svc.studies.schemas import StudyCreate, StudyUpdate
from production_svc.workstations.schemas import (
    CampaignCreate,
    CampaignUpdate,
    ProfileCreate,
    ProfileUpdate,
    ProgressReport,
)

REQUESTS: list[type[BaseModel]] = [
    OperationCreate,
    OperationUpdate,
    PhaseCreate,
    PhaseUpdate,
    PhaseComplete,
    PhaseNeeds,
    MilestoneCreate,
    MilestoneUpdate,
    ScheduleRequest,
    StudyCreate,
    StudyUpdate,
    ProfileCreate,
    ProfileUpdate,
    CampaignCreate,
    CampaignUpdate,
    ProgressReport,
    ImprovementCreate,
    FollowUpUpdate,
]


@pytest.mark.parametrize("model", REQUESTS, ids=lambda m: m.__name__)
def test_examples_validate_and_unknown_fields_are_refused(model: type[BaseModel]) -> None:
    examples = model.model_json_schema().get("examples")
    assert examples, f"{model.__name__} documents no example"
    for example in examples:
        model.model_validate(example)
    with pytest.raises(ValidationError):
        model.model_validate(examples[0] | {"unexpected": 1})


def test_phase_dates_must_be_ordered() -> None:
    with pytest.raises(ValidationError):
        PhaseCreate.model_validate(
            {"phase_code": "collect", "start": "2027-02-01", "end": "2027-01-01"}
        )
