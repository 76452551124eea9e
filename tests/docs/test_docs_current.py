"""Generated documentation matches the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_event_catalogue_in_docs_matches_the_code() -> None:
    catalogue = _load("event_catalogue")
    text = catalogue.DOC.read_text()
    assert catalogue.updated(text) == text, "docs/events.md is out of date: run `make docs`"
    # every registered event appears, with its topic
    for model in catalogue.all_events():
        assert f"`{model.event_type}` | {model.version} |" in text


def test_permission_tables_in_docs_match_the_code() -> None:
    tables = _load("permissions_doc")
    text = tables.DOC.read_text()
    assert tables.updated(text) == text, "docs/auth.md is out of date: run `make docs`"
    # every operation of every service's table appears
    for definition in tables.definitions():
        for key in definition.permissions:
            assert f"| `{key}` |" in text
