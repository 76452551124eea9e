"""Fixtures of it-svc tests; the rest comes from the sg_common pytest plugin."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from it_svc.app import SERVICE
from sg_common.app import ServiceDefinition

Headers = dict[str, str]


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return SERVICE


@pytest.fixture
def manager(auth: Callable[..., Headers]) -> Headers:
    """A DI manager: every unit, every IT resource."""
    return auth(roles=["it.manager"], units=["DI"], sub="di-manager")


@pytest.fixture
def planner(auth: Callable[..., Headers]) -> Headers:
    return auth(roles=["it.planner"], units=["DI-PLAN"], sub="di-planner")


@pytest.fixture
def tech_bre(auth: Callable[..., Headers]) -> Headers:
    """A technician of the Bretagne regional directorate."""
    return auth(roles=["it.technician"], units=["DR-BRE"], sub="tech-bre")


@pytest.fixture
def tech_ara(auth: Callable[..., Headers]) -> Headers:
    return auth(roles=["it.technician"], units=["DR-ARA"], sub="tech-ara")


@pytest.fixture
def outsider(auth: Callable[..., Headers]) -> Headers:
    """Someone with no IT role."""
    return auth(roles=["hr.manager"], units=["SG"], sub="hr")
