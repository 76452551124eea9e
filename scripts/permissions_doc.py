"""Render the permission tables of docs/auth.md from each service's table (``make docs``).

The text between the ``permissions:begin`` and ``permissions:end`` markers is generated from
``ServiceDefinition.permissions`` (the services' ``permissions.py``): for every operation, its
method and path, and the roles that may perform it with the units each reaches there.
``tests/docs/test_docs_current.py`` fails when the committed page and the code differ.
"""

from __future__ import annotations

import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from sg_common.auth.permissions import operations, roles_text

DOC = Path(__file__).resolve().parents[1] / "docs" / "auth.md"
BEGIN, END = "<!-- permissions:begin -->", "<!-- permissions:end -->"
SERVICES = ("budget", "hr", "facilities", "it", "production")


def definitions() -> list[Any]:
    found = {ep.name: ep for ep in entry_points(group="sg_suite.services")}
    return [found[name].load() for name in SERVICES if name in found]


def render_service(definition: Any) -> str:
    table = definition.permissions
    lines = [
        f"### {definition.name}",
        "",
        "| Operation | Method and path | Roles (reach) |",
        "|---|---|---|",
    ]
    for key, path, route in operations(definition.routers):
        for method in sorted(route.methods or ()):
            lines.append(f"| `{key}` | `{method} {path}` | {roles_text(table[key], method)} |")
    return "\n".join(lines)


def render() -> str:
    return "\n\n".join(render_service(d) for d in definitions() if d.permissions is not None)


def updated(text: str) -> str:
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{render()}\n{END}{tail}"


def main() -> int:
    text = DOC.read_text()
    new = updated(text)
    if "--check" in sys.argv:
        if new != text:
            print(f"{DOC} is out of date: run `make docs`", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new)
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
