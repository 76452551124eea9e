"""Workstation evolution (postes de travail): standard profiles and rollout campaigns per unit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field

from production_svc.models import ProductionTable


class WorkstationProfile(ProductionTable, table=True):
    """A standard workstation profile: hardware and software stack."""

    __tablename__ = "workstation_profile"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    hardware: str = Field(max_length=1000)
    software: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = Field(default=True, index=True)
    version: int = 1


class RolloutCampaign(ProductionTable, table=True):
    """A campaign rolling a profile out to units, each with a target count of workstations."""

    __tablename__ = "rollout_campaign"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    profile_id: int = Field(foreign_key="workstation_profile.id", index=True)
    start_date: date
    due_date: date
    closed: bool = False
    version: int = 1
    created_at: datetime


class CampaignUnit(ProductionTable, table=True):
    """A unit's share of a campaign: workstations to deploy and deployed."""

    __tablename__ = "campaign_unit"
    __table_args__ = (UniqueConstraint("campaign_id", "unit_code"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="rollout_campaign.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    target: int
    done: int = 0
    version: int = 1
    updated_at: datetime
