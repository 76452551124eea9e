"""Training commitment schemas."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import Money, Page


class TrainingCommitmentStatus(StrEnum):
    COMMITTED = "committed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


class TrainingCommitmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    session_id: str = Field(description="hr's training session.")
    unit_code: str = Field(description="The organising unit, whose T3 (action 09) pays.")
    fiscal_year: int
    course_code: str
    course_title: str
    start_date: date
    end_date: date
    status: TrainingCommitmentStatus
    requested_ae: Money = Field(description="The session's latest estimated cost.")
    commitment_id: int | None
    available_ae: Money = Field(description="AE available on the line at the latest answer.")
    reason: str | None = Field(description="Why the latest request was refused.")
    actual_cost: Money | None = Field(description="Certified as service fait at completion.")
    released_ae: Money | None = Field(description="Returned to the line (cancel, completion).")
    completed_on: date | None
    created_at: datetime
    updated_at: datetime


class TrainingCommitmentPage(Page[TrainingCommitmentPublic]):
    pass
