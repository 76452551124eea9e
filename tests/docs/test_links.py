"""The project's documentation stands on its own: every link stays inside the repository.

A newcomer with a clone (and nothing else) must be able to follow every page: a link that climbs
out of the repository (``../shared/...``) or goes to the web would break for them, and a relative
link to a file that moved is a dead end. The clients' READMEs are hand-written too (their code is
generated at build time, never committed).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP_PARTS = {".venv", "node_modules", ".tools", ".data", ".pytest_cache"}
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
AUTOLINK = re.compile(r"<(https?://[^>]+)>")
LOCAL_HOSTS = ("http://127.0.0.1", "http://localhost", "https://localhost")


def _pages() -> list[Path]:
    pages = []
    for path in sorted(ROOT.rglob("*.md")):
        rel = path.relative_to(ROOT)
        if SKIP_PARTS.intersection(rel.parts):
            continue
        pages.append(path)
    return pages


def _links(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # code blocks are commands, not links
    return LINK.findall(text) + AUTOLINK.findall(text)


def test_the_pages_are_found() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in _pages()}
    assert {"README.md", "CONVENTIONS.md", "docs/domain.md", "docs/deploy.md"} <= names


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_link_stays_inside_the_repository_and_resolves(page: Path) -> None:
    broken = []
    for target in _links(page):
        if target.startswith("#") or target.startswith("mailto:"):
            continue
        if target.startswith(LOCAL_HOSTS):
            continue  # the suite's own servers, as the reader runs them
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            broken.append(f"{target}: points outside the repository")
            continue
        resolved = (page.parent / target.split("#", 1)[0]).resolve()
        if not resolved.is_relative_to(ROOT):
            broken.append(f"{target}: leaves the repository")
        elif not resolved.exists():
            broken.append(f"{target}: no such file")
    assert not broken, f"{page.relative_to(ROOT)}: " + "; ".join(broken)


def test_the_readme_names_the_prerequisites_of_each_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Prerequisites", 1)[1].split("\n## ", 1)[0]
    for needed in ("Python 3.11+", "make", "git", "npm", "Java 17", "Maven", "PostgreSQL"):
        assert needed in section, f"README prerequisites do not name {needed}"
