"""The figures behind the charts, hand-worked."""

from __future__ import annotations

from decimal import Decimal

from sg_console.charts import credit_segments, credits_chart, execution_chart
from sg_console.pages.dpg import monthly_totals


def test_credit_segments_stack_to_the_allocation() -> None:
    # allocated 5 000: committed 2 400 + frozen 250 + available 2 350 = 5 000 (AE);
    # paid 1 000 + frozen 250 + available 3 750 = 5 000 (CP)
    line = {
        "committed_ae": "2400.00",
        "frozen_ae": "250.00",
        "available_ae": "2350.00",
        "paid_cp": "1000.00",
        "frozen_cp": "250.00",
        "available_cp": "3750.00",
    }
    ae, cp = credit_segments(line)
    assert sum(s.amount for s in ae) == Decimal("5000.00")
    assert sum(s.amount for s in cp) == Decimal("5000.00")


def test_a_negative_available_draws_as_nothing() -> None:
    # late-payment charges beyond the line: available -40 is owed, not drawn
    line = {
        "committed_ae": "1040.00",
        "frozen_ae": "0",
        "available_ae": "-40.00",
        "paid_cp": "1040.00",
        "frozen_cp": "0",
        "available_cp": "-40.00",
    }
    ae, _ = credit_segments(line)
    assert [s.amount for s in ae] == [Decimal("1040.00"), Decimal(0), Decimal(0)]


def test_the_credits_chart_escapes_and_titles_its_bars() -> None:
    svg = credits_chart(
        [
            {
                "unit_code": "DR-<BRE>",
                "action": "08",
                "title": "T3",
                "committed_ae": "2400",
                "frozen_ae": "0",
                "available_ae": "2600",
                "paid_cp": "0",
                "frozen_cp": "0",
                "available_cp": "5000",
            }
        ]
    )
    assert "DR-&lt;BRE&gt;" in svg
    assert "<title>AE engagées : 2\u00a0400,00\u00a0€</title>" in svg
    assert 'role="img"' in svg


def test_monthly_totals_add_the_groups_month_by_month() -> None:
    # two lines, two months: January 100 + 50 = 150 AE, February 300 + 50 = 350 AE cumulated
    def month(m: int, ae: str, cp: str) -> dict[str, object]:
        return {
            "month": m,
            "cumulative_ae": ae,
            "cumulative_cp": cp,
            "allocated_ae": "1000",
            "allocated_cp": "1000",
            "forecast_cp_cumulative": None,
            "cp_to_pay": "0",
        }

    groups = [
        {"months": [month(1, "100", "0"), month(2, "300", "200")]},
        {"months": [month(1, "50", "50"), month(2, "50", "50")]},
    ]
    totals = monthly_totals(groups)
    assert [t["cumulative_ae"] for t in totals] == [Decimal(150), Decimal(350)]
    assert [t["cumulative_cp"] for t in totals] == [Decimal(50), Decimal(250)]
    assert [t["allocated_ae"] for t in totals] == [Decimal(2000), Decimal(2000)]
    assert totals[0]["forecast_cp_cumulative"] == Decimal(0)
    svg = execution_chart(totals)
    assert svg.count("<polyline") == 4
