"""Fixtures of hr-svc tests; the rest comes from the sg_common pytest plugin."""

import pytest

from hr_svc.app import SERVICE
from sg_common.app import ServiceDefinition


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return SERVICE
