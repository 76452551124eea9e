"""``sg-service``'s start-up: the collector paused while the service is imported and built."""

from __future__ import annotations

import gc
import subprocess
import sys

from sg_common.serve import collector_paused


def test_the_collector_is_paused_in_the_block_and_restored_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_the_cli_module_imports_no_service_machinery_before_the_pause() -> None:
    """What ``sg-service`` imports at module level runs before ``main`` pauses the collector:
    the app factory (FastAPI, SQLAlchemy, pydantic) must be imported inside the pause."""
    heavy = ("fastapi", "sqlalchemy", "pydantic", "sg_common.app")
    probe = f"import sys, sg_common.serve; print(sorted(set({heavy!r}) & set(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]"


def test_a_built_service_leaves_the_print_and_office_libraries_unimported() -> None:
    """Idle memory is the imported code (docs/performance.md): what only some requests use is
    imported by them. fpdf2 with fontTools and Pillow is about 20 MB, budget's generated client
    4 MB (facilities' budget check), openpyxl, boto3, Alembic (the migration Job's, with
    ``SG_AUTO_MIGRATE=false`` as deployed)."""
    on_demand = (
        "fpdf",
        "fontTools",
        "PIL",
        "budget_client",
        "openpyxl",
        "boto3",
        "botocore",
        "alembic",
    )
    probe = (
        "import sys\n"
        "from sg_common.app import create_service_app\n"
        "from sg_common.serve import load_service\n"
        "for name in ('budget', 'hr', 'facilities', 'it', 'production'):\n"
        "    definition = load_service(name)\n"
        "    create_service_app(definition, definition.settings_class(auto_migrate=False))\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({on_demand!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"
