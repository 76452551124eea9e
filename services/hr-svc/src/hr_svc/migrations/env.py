"""Alembic environment of hr-svc (shared helper in sg_common.migrations)."""

import hr_svc.app  # noqa: F401  (imports every table module)
from hr_svc.models import metadata
from sg_common.migrations import run_alembic_env

run_alembic_env(metadata)
