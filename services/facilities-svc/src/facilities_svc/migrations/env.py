"""Alembic environment of facilities-svc (shared helper in sg_common.migrations)."""

import facilities_svc.app  # noqa: F401  (imports every table module)
from facilities_svc.models import metadata
from sg_common.migrations import run_alembic_env

run_alembic_env(metadata)
