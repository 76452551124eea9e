"""Render the event catalogue of docs/events.md from the code (``make docs``).

The table between the ``catalogue:begin`` and ``catalogue:end`` markers is generated: type,
version, producer, the services whose handler tables consume it, and the payload's fields.
``tests/docs/test_docs_current.py`` fails when the committed page and the code differ.
"""

from __future__ import annotations

import sys
from importlib.metadata import entry_points
from pathlib import Path

from sg_common.events.catalogue import all_events, topic_for

DOC = Path(__file__).resolve().parents[1] / "docs" / "events.md"
BEGIN, END = "<!-- catalogue:begin -->", "<!-- catalogue:end -->"


def consumers() -> dict[str, list[str]]:
    by_type: dict[str, list[str]] = {}
    for ep in sorted(entry_points(group="sg_suite.services"), key=lambda e: e.name):
        for event_type in ep.load().event_handlers:
            by_type.setdefault(event_type, []).append(ep.name)
    return by_type


def _field(name: str, info: object) -> str:
    required = getattr(info, "is_required", lambda: True)()
    return f"`{name}`" if required else f"`{name}`?"


def render() -> str:
    used = consumers()
    lines = [
        "| Type | v | Producer → topic | Consumers | Payload (`?` optional) |",
        "|---|---|---|---|---|",
    ]
    for model in all_events():
        fields = ", ".join(_field(n, f) for n, f in model.model_fields.items())
        doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
        lines.append(
            f"| `{model.event_type}` | {model.version} | {model.producer} → "
            f"`{topic_for(model.event_type)}` | {', '.join(used.get(model.event_type, [])) or '—'}"
            f" | {doc} {fields} |"
        )
    return "\n".join(lines)


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
