"""Charts drawn on the server as SVG.

Why server-side SVG rather than a chart library: the figures are already on the server, the
page stays readable without JavaScript, the CSP stays strict (no library that writes inline
styles), nothing is added to the lockfile, and the SVG is accessible (``role="img"``, a
title and a description, and the same figures in the table beside it). Bars are coloured by CSS
classes (``console.css``), never inline styles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from html import escape
from typing import Any

from markupsafe import Markup

from sg_common.months import month_start, months_between
from sg_console.formatting import euros, french_date, number


@dataclass(frozen=True)
class Segment:
    kind: str  # paid, committed, frozen, available (CSS class suffix)
    label: str
    amount: Decimal


def _dec(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return Decimal(0)


def credit_segments(line: dict[str, Any]) -> tuple[list[Segment], list[Segment]]:
    """The AE and CP of a budget line as stacked parts of what was allocated.

    AE: committed + frozen + available = allocated; CP: paid + frozen + available = allocated
    (budget's availability rule); a negative available (late-payment charges beyond the line)
    draws as nothing.
    """
    ae = [
        Segment("committed", "AE engagées", _dec(line["committed_ae"])),
        Segment("frozen", "AE mises en réserve", _dec(line["frozen_ae"])),
        Segment("available", "AE disponibles", max(_dec(line["available_ae"]), Decimal(0))),
    ]
    cp = [
        Segment("paid", "CP consommés (payés)", _dec(line["paid_cp"])),
        Segment("frozen", "CP mis en réserve", _dec(line["frozen_cp"])),
        Segment("available", "CP disponibles", max(_dec(line["available_cp"]), Decimal(0))),
    ]
    return ae, cp


def credits_chart(lines: list[dict[str, Any]], *, width: int = 760) -> Markup:
    """Two stacked horizontal bars (AE, CP) per line, scaled to the largest allocation."""
    label_w, bar_h, gap, row_gap = 170, 18, 4, 18
    scale_w = width - label_w - 10
    rows: list[tuple[str, list[Segment]]] = []
    for line in lines:
        ae, cp = credit_segments(line)
        name = f"{line['unit_code']} · {line['action']} · {line['title']}"
        rows.append((f"{name} — AE", ae))
        rows.append((f"{name} — CP", cp))
    biggest = max((sum((s.amount for s in segs), Decimal(0)) for _, segs in rows), default=0)
    biggest = biggest or Decimal(1)
    height = len(lines) * (2 * bar_h + gap + row_gap) + 10
    parts = [
        f'<svg class="sg-chart" role="img" aria-labelledby="chart-title chart-desc" '
        f'viewBox="0 0 {width} {max(height, 40)}" xmlns="http://www.w3.org/2000/svg">',
        '<title id="chart-title">Crédits par ligne : engagé, mis en réserve, disponible</title>',
        '<desc id="chart-desc">Pour chaque ligne, une barre des autorisations d\'engagement et '
        "une barre des crédits de paiement, découpées en engagé ou payé, mis en réserve et "
        "disponible ; les montants exacts sont dans le tableau.</desc>",
    ]
    y = 5
    for index, (label, segments) in enumerate(rows):
        shown = label.split(" — ")[1] if index % 2 else label
        parts.append(f'<text x="0" y="{y + bar_h - 5}">{escape(shown)}</text>')
        x = float(label_w)
        for segment in segments:
            w = float(segment.amount / biggest) * scale_w
            if w <= 0:
                continue
            parts.append(
                f'<rect class="sg-bar--{segment.kind}" x="{x:.1f}" y="{y}" width="{w:.1f}" '
                f'height="{bar_h}"><title>{escape(segment.label)} : '
                f"{escape(euros(segment.amount))}</title></rect>"
            )
            x += w
        y += bar_h + (gap if index % 2 == 0 else row_gap)
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text above is escaped


def execution_chart(months: list[dict[str, Any]], *, width: int = 760, height: int = 300) -> Markup:
    """Cumulative AE and CP consumed per month against what was allocated, with the CP
    projected to the year's end (budget's linear forecast) as a dashed line."""
    left, right, top, bottom = 90, 30, 10, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    series = {
        "ae": [_dec(m["cumulative_ae"]) for m in months],
        "cp": [_dec(m["cumulative_cp"]) for m in months],
        "allocated": [_dec(m["allocated_ae"]) for m in months],
        "forecast": [_dec(m.get("forecast_cp_cumulative")) for m in months],
    }
    biggest = max((v for values in series.values() for v in values), default=Decimal(0))
    biggest = biggest or Decimal(1)
    step = plot_w / max(len(months) - 1, 1) if len(months) > 1 else 0

    def point(index: int, value: Decimal) -> str:
        x = left + index * step if len(months) > 1 else left + plot_w / 2
        y = top + plot_h - float(value / biggest) * plot_h
        return f"{x:.1f},{y:.1f}"

    names = {
        "allocated": "AE allouées",
        "ae": "AE consommées (cumul)",
        "cp": "CP consommés (cumul)",
        "forecast": "CP projetés à la fin de l'exercice",
    }
    parts = [
        f'<svg class="sg-chart" role="img" aria-labelledby="exec-title exec-desc" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        '<title id="exec-title">Exécution mensuelle des AE et des CP</title>',
        '<desc id="exec-desc">Cumul mensuel des AE et des CP consommés, AE allouées et '
        "projection des CP à la fin de l'exercice ; les montants sont dans le tableau.</desc>",
        f'<line class="sg-axis" x1="{left}" y1="{top + plot_h}" x2="{width - right}" '
        f'y2="{top + plot_h}"/>',
        f'<text x="0" y="{top + 10}">{escape(euros(biggest))}</text>',
        f'<text x="0" y="{top + plot_h}">{escape(euros(0))}</text>',
    ]
    for index, month in enumerate(months):
        x = point(index, Decimal(0)).split(",")[0]
        parts.append(f'<text x="{x}" y="{height - 15}">{int(month["month"]):02d}</text>')
    for key, values in series.items():
        points = " ".join(point(i, v) for i, v in enumerate(values))
        parts.append(
            f'<polyline class="sg-line--{key}" fill="none" points="{points}">'
            f"<title>{escape(names[key])}</title></polyline>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text above is escaped


def etpt_chart(statement: dict[str, Any], *, width: int = 760, height: int = 280) -> Markup:
    """ETPT consumed per month (bars) against the annual ceiling (a dashed line); a month over
    the ceiling is drawn in the warning colour. Scaled to the larger of the two."""
    left, right, top, bottom = 60, 20, 10, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    months = statement.get("months") or []
    ceiling = _dec(statement["ceiling"]) if statement.get("ceiling") is not None else None
    values = [_dec(m["etpt"]) for m in months]
    biggest = max([*values, ceiling or Decimal(0)], default=Decimal(0)) or Decimal(1)
    slot = plot_w / max(len(months), 1)
    bar_w = slot * 0.6

    def y_of(value: Decimal) -> float:
        return top + plot_h - float(value / biggest) * plot_h

    unit = escape(str(statement.get("unit_code", "")))
    parts = [
        f'<svg class="sg-chart" role="img" aria-labelledby="etpt-title etpt-desc" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="etpt-title">ETPT consommés par mois, {unit}, {int(statement["year"])}</title>',
        '<desc id="etpt-desc">Une barre par mois pour les ETPT consommés'
        + (
            f" et une ligne pointillée pour le plafond d'emplois ({escape(number(ceiling))} ETPT)"
            if ceiling is not None
            else " (aucun plafond fixé)"
        )
        + " ; les valeurs exactes sont dans le tableau.</desc>",
        f'<line class="sg-axis" x1="{left}" y1="{top + plot_h}" x2="{width - right}" '
        f'y2="{top + plot_h}"/>',
        f'<text x="0" y="{top + 10}">{escape(number(biggest))}</text>',
        f'<text x="0" y="{top + plot_h}">0</text>',
    ]
    for index, (month, value) in enumerate(zip(months, values, strict=True)):
        x = left + index * slot + (slot - bar_w) / 2
        y = y_of(value)
        over = ceiling is not None and value > ceiling
        kind = "over" if over else "etpt"
        parts.append(
            f'<rect class="sg-bar--{kind}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
            f'height="{top + plot_h - y:.1f}"><title>{int(month["month"]):02d} : '
            f"{escape(number(value, 4))} ETPT{' (au-dessus du plafond)' if over else ''}"
            "</title></rect>"
        )
        parts.append(f'<text x="{x:.1f}" y="{height - 15}">{int(month["month"]):02d}</text>')
    if ceiling is not None:
        y = y_of(ceiling)
        parts.append(
            f'<line class="sg-line--ceiling" x1="{left}" y1="{y:.1f}" x2="{width - right}" '
            f'y2="{y:.1f}"><title>Plafond : {escape(number(ceiling))} ETPT</title></line>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text above is escaped


def occupancy_chart(buildings: list[dict[str, Any]], standard: Any, *, width: int = 760) -> Markup:
    """m² SUN per workstation of each building (horizontal bars) against the standard (a
    dashed line); a building above the standard is drawn in the warning colour."""
    label_w, bar_h, gap = 200, 18, 10
    scale_w = width - label_w - 60
    norm = _dec(standard)
    rows = [(b, _dec(b["m2_per_workstation"])) for b in buildings]
    biggest = max([norm, *(v for _, v in rows)], default=Decimal(0)) or Decimal(1)
    height = len(rows) * (bar_h + gap) + 30
    parts = [
        f'<svg class="sg-chart" role="img" aria-labelledby="occ-title occ-desc" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        '<title id="occ-title">Surface par poste de travail, par bâtiment</title>',
        f'<desc id="occ-desc">Une barre par bâtiment : m² SUN par poste de travail ; la ligne '
        f"pointillée marque la norme de {escape(number(norm, 0))} m² ; les valeurs sont dans le "
        "tableau.</desc>",
    ]
    y = 5
    for building, value in rows:
        w = float(value / biggest) * scale_w
        kind = "over" if building["above_standard"] else "etpt"
        name = f"{building['building_code']} — {building['building_name']}"
        parts.append(f'<text x="0" y="{y + bar_h - 5}">{escape(name[:30])}</text>')
        parts.append(
            f'<rect class="sg-bar--{kind}" x="{label_w}" y="{y}" width="{w:.1f}" '
            f'height="{bar_h}"><title>{escape(name)} : {escape(number(value, 1))} m² par poste'
            f"</title></rect>"
        )
        y += bar_h + gap
    x = label_w + float(norm / biggest) * scale_w
    parts.append(
        f'<line class="sg-line--ceiling" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{y}">'
        f"<title>Norme : {escape(number(norm, 0))} m² par poste</title></line>"
    )
    parts.append(f'<text x="{x + 4:.1f}" y="{y + 15}">norme {escape(number(norm, 0))} m²</text>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text above is escaped


def load_chart(
    centre: str, lines: list[dict[str, Any]], *, width: int = 760, height: int = 260
) -> Markup:
    """The plan de charge of one computing centre: the demand of each month (bars) against
    that month's capacity (a dashed mark across the bar's slot); a month whose demand exceeds
    its capacity (it's ``over_capacity``) is drawn in the warning colour. Person-days, scaled to
    the largest demand or capacity."""
    left, right, top, bottom = 60, 20, 10, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    demand = [_dec(line["demand"]) for line in lines]
    capacity = [_dec(line["capacity"]) for line in lines]
    biggest = max([*demand, *capacity], default=Decimal(0)) or Decimal(1)
    slot = plot_w / max(len(lines), 1)
    bar_w = slot * 0.5

    def y_of(value: Decimal) -> float:
        return top + plot_h - float(value / biggest) * plot_h

    key = escape("".join(c if c.isalnum() else "-" for c in centre))
    parts = [
        f'<svg class="sg-chart" role="img" aria-labelledby="charge-title-{key} '
        f'charge-desc-{key}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="charge-title-{key}">Plan de charge de {escape(centre)} : demande et '
        "capacité par mois (jours-personnes)</title>",
        f'<desc id="charge-desc-{key}">Une barre par mois pour la demande, un trait pointillé '
        "pour la capacité du mois ; un mois où la demande dépasse la capacité est en couleur "
        "d'alerte ; les valeurs exactes sont dans le tableau.</desc>",
        f'<line class="sg-axis" x1="{left}" y1="{top + plot_h}" x2="{width - right}" '
        f'y2="{top + plot_h}"/>',
        f'<text x="0" y="{top + 10}">{escape(number(biggest, 0))}</text>',
        f'<text x="0" y="{top + plot_h}">0</text>',
    ]
    for index, line in enumerate(lines):
        x = left + index * slot + (slot - bar_w) / 2
        y = y_of(demand[index])
        over = bool(line.get("over_capacity"))
        month = escape(str(line["month"]))
        parts.append(
            f'<rect class="sg-bar--{"over" if over else "etpt"}" x="{x:.1f}" y="{y:.1f}" '
            f'width="{bar_w:.1f}" height="{top + plot_h - y:.1f}"><title>{month} : demande '
            f"{escape(number(demand[index], 1))} j-p"
            f"{' (au-dessus de la capacité)' if over else ''}</title></rect>"
        )
        cy = y_of(capacity[index])
        parts.append(
            f'<line class="sg-line--ceiling" x1="{left + index * slot + 4:.1f}" y1="{cy:.1f}" '
            f'x2="{left + (index + 1) * slot - 4:.1f}" y2="{cy:.1f}"><title>{month} : capacité '
            f"{escape(number(capacity[index], 1))} j-p</title></line>"
        )
        parts.append(f'<text x="{x:.1f}" y="{height - 15}">{month}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text above is escaped


#: GSBPM phases in French (the generic model's names), in process order
GSBPM_FR = {
    "specify_needs": "Spécifier les besoins",
    "design": "Concevoir",
    "build": "Construire",
    "collect": "Collecter",
    "process": "Traiter",
    "analyse": "Analyser",
    "disseminate": "Diffuser",
    "evaluate": "Évaluer",
}
PHASE_STATUS_FR = {"planned": "prévue", "in_progress": "en cours", "completed": "terminée"}


def day_of(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _month_starts(first: date, last: date) -> list[date]:
    return [month_start(month) for month in months_between(first, last)]


# The timeline's geometry: the label column, a row, a bar in it, the month axis above.
_TL_LABEL_W, _TL_ROW_H, _TL_BAR_H, _TL_TOP = 230, 22, 14, 28


@dataclass
class _PhaseRows:
    """Where each phase (by code) of an operation was drawn: its row's middle, its bar's ends."""

    rows: dict[str, float] = field(default_factory=dict)
    starts: dict[str, float] = field(default_factory=dict)
    ends: dict[str, float] = field(default_factory=dict)


def timeline_chart(
    operations: list[dict[str, Any]], first: date, last: date, *, width: int = 960
) -> Markup:
    """A Gantt of operations from ``first`` to ``last`` (inclusive): per operation a heading row
    (code, name, risk colour) then one row per GSBPM phase, its bar from start to end (inclusive,
    clipped to the window; a late phase in the warning colour), its milestones as diamonds on
    the due date, and each dependency as a connector from the end of the phase depended on to
    the start of the dependent phase."""
    plot_w = width - _TL_LABEL_W - 10
    days = (last - first).days + 1

    def x_of(day: date) -> float:
        clipped = min(max(day, first), last + timedelta(days=1))
        return _TL_LABEL_W + (clipped - first).days / days * plot_w

    rows = sum(1 + len(op["phases"]) for op in operations)
    height = _TL_TOP + rows * _TL_ROW_H + 10
    parts = [
        f'<svg class="sg-chart sg-timeline" role="img" aria-labelledby="tl-title tl-desc" '
        f'viewBox="0 0 {width} {max(height, 60)}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="tl-title">Calendrier des opérations du {escape(french_date(first))} au '
        f"{escape(french_date(last))}</title>",
        '<desc id="tl-desc">Pour chaque opération, une ligne par phase du modèle GSBPM : une '
        "barre de son début à sa fin, ses jalons en losange, ses dépendances en traits reliant la "
        "fin d'une phase au début de celle qui en dépend ; les dates, les jalons et le risque "
        "sont dans les tableaux.</desc>",
    ]
    for month in _month_starts(first, last):
        x = x_of(month)
        parts.append(
            f'<line class="sg-axis" x1="{x:.1f}" y1="{_TL_TOP - 8}" x2="{x:.1f}" '
            f'y2="{height - 5}"/>'
        )
        parts.append(f'<text x="{x + 2:.1f}" y="{_TL_TOP - 12}">{month:%m/%y}</text>')
    y = _TL_TOP
    for op in operations:
        parts += _operation_heading(op, y)
        y += _TL_ROW_H
        drawn = _PhaseRows()
        for phase in op["phases"]:
            parts += _phase_row(phase, y, drawn, x_of, first, last)
            y += _TL_ROW_H
        parts += _dependency_connectors(op, drawn)
        parts += _milestone_marks(op, drawn, x_of, first, last)
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every text above is escaped


def _operation_heading(op: dict[str, Any], y: float) -> list[str]:
    """An operation's heading row: its code, its name, its risk colour."""
    parts = [
        f'<text class="sg-timeline__operation" x="0" y="{y + _TL_BAR_H}">'
        f"{escape(str(op['code']))} — {escape(str(op['name'])[:22])}</text>"
    ]
    colour = op.get("colour") or ""
    if colour:
        parts.append(
            f'<circle class="sg-risk--{escape(colour)}" cx="{_TL_LABEL_W - 10}" '
            f'cy="{y + _TL_BAR_H / 2 + 2:.1f}" r="6"><title>Risque de capacité : '
            f"{escape(RISK_FR.get(colour, colour))}</title></circle>"
        )
    return parts


def _phase_row(
    phase: dict[str, Any],
    y: float,
    drawn: _PhaseRows,
    x_of: Callable[[date], float],
    first: date,
    last: date,
) -> list[str]:
    """A phase's row at ``y``: its name, its bar when it meets the window (noted in ``drawn``)."""
    code = str(phase["phase_code"])
    start, end = day_of(phase["start"]), day_of(phase["end"])
    name = GSBPM_FR.get(code, code)
    parts = [f'<text x="12" y="{y + _TL_BAR_H - 2}">{escape(name)}</text>']
    drawn.rows[code] = y + _TL_BAR_H / 2 + 2
    drawn.starts[code], drawn.ends[code] = x_of(start), x_of(end + timedelta(days=1))
    if end >= first and start <= last:
        kind = "late" if phase.get("late") else str(phase.get("status", "planned"))
        status = PHASE_STATUS_FR.get(str(phase.get("status")), "")
        parts.append(
            f'<rect class="sg-phase--{escape(kind)}" x="{drawn.starts[code]:.1f}" y="{y + 2}" '
            f'width="{max(drawn.ends[code] - drawn.starts[code], 1.0):.1f}" '
            f'height="{_TL_BAR_H}">'
            f"<title>{escape(name)} : du {escape(french_date(start))} au "
            f"{escape(french_date(end))} ({escape(status)}"
            f"{', en retard' if phase.get('late') else ''})</title></rect>"
        )
    return parts


def _dependency_connectors(op: dict[str, Any], drawn: _PhaseRows) -> list[str]:
    """Each dependency between two drawn phases: from the end of the phase depended on, a step
    to the right, down to the dependent phase's row, then to its start, with an arrowhead."""
    parts: list[str] = []
    for phase in op["phases"]:
        code = str(phase["phase_code"])
        for dependency in phase.get("depends_on") or []:
            dep = str(dependency)
            if dep not in drawn.rows:
                continue
            x1, y1 = drawn.ends[dep], drawn.rows[dep]
            x2, y2 = drawn.starts[code], drawn.rows[code]
            elbow = x1 + 8
            tip = 5 if x2 >= elbow else -5
            parts.append(
                f'<g class="sg-dependency"><title>{escape(GSBPM_FR.get(code, code))} dépend '
                f"de {escape(GSBPM_FR.get(dep, dep))}</title>"
                f'<polyline fill="none" points="{x1:.1f},{y1:.1f} {elbow:.1f},{y1:.1f} '
                f'{elbow:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"/>'
                f'<polygon points="{x2:.1f},{y2:.1f} {x2 - tip:.1f},{y2 - 4:.1f} '
                f'{x2 - tip:.1f},{y2 + 4:.1f}"/></g>'
            )
    return parts


def _milestone_marks(
    op: dict[str, Any],
    drawn: _PhaseRows,
    x_of: Callable[[date], float],
    first: date,
    last: date,
) -> list[str]:
    """The operation's milestones in the window, as diamonds on their phase's row."""
    parts: list[str] = []
    for milestone in op.get("milestones") or []:
        due = day_of(milestone["due_on"])
        row = drawn.rows.get(str(milestone["phase_code"]))
        if row is None or not first <= due <= last:
            continue
        cx = x_of(due)
        state = "late" if milestone.get("late") else "due"
        if milestone.get("reached_on"):
            state = "reached"
        said = {"reached": "atteint", "late": "en retard", "due": "à venir"}[state]
        parts.append(
            f'<polygon class="sg-milestone--{state}" points="{cx:.1f},{row - 7:.1f} '
            f'{cx + 7:.1f},{row:.1f} {cx:.1f},{row + 7:.1f} {cx - 7:.1f},{row:.1f}"><title>'
            f"Jalon {escape(str(milestone['name']))} : {escape(french_date(due))} ({said})"
            "</title></polygon>"
        )
    return parts


RISK_FR = {"red": "rouge", "amber": "orange", "green": "vert"}
