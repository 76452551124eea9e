import pytest

from sg_common.app import ServiceDefinition

from .sample_service import SAMPLE


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return SAMPLE
