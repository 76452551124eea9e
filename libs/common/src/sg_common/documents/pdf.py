"""The PDFs the SG signs, built with fpdf2 (pure Python, no system library): a small layout of
its own — a heading with the reference, the parties side by side, a table of lines, totals, a
paragraph and the signature block — that each service fills (facilities' bon de commande, hr's
attestation de formation).

The core PDF fonts hold Latin-1 only (French accents, not the euro sign): amounts read
``1 234,56 EUR``; a character outside Latin-1 is replaced, never an error.

fpdf2 is imported with the first document, not with the module: with fontTools and Pillow it is
about 200 modules and 20 MB of a service's memory, which a replica that never prints a PDF
should not carry (a test holds that importing the apps leaves it out).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

_FONT = "Helvetica"


def euros(amount: Decimal) -> str:
    """``1234.5`` → ``1 234,50 EUR`` (French grouping, two decimals)."""
    sign = "-" if amount < 0 else ""
    whole, cents = f"{abs(amount):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{' '.join(groups)},{cents} EUR"


def date_fr(day: date) -> str:
    """``2026-03-05`` → ``05/03/2026``."""
    return day.strftime("%d/%m/%Y")


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


class SignedDocument:
    """One A4 page (or more) of a document the SG issues and signs."""

    def __init__(self, *, title: str, reference: str, issuer: str, issued_on: date) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.set_title(_latin1(f"{title} {reference}"))
        self.pdf.set_author(_latin1(issuer))
        self.pdf.set_creator("sg-suite")
        self.pdf.set_creation_date(
            datetime(issued_on.year, issued_on.month, issued_on.day, tzinfo=UTC)
        )
        self.pdf.set_auto_page_break(auto=True, margin=20)
        self.pdf.add_page()
        self.pdf.set_font(_FONT, size=9)
        self._line(issuer)
        self.pdf.ln(4)
        self.pdf.set_font(_FONT, style="B", size=16)
        self._line(title)
        self.pdf.set_font(_FONT, size=10)
        self._line(f"Référence : {reference}    Date : {date_fr(issued_on)}")
        self.pdf.ln(4)

    def _line(self, text: str, *, width: float = 0, align: str = "L") -> None:
        self.pdf.cell(width, 6, _latin1(text), new_x="LMARGIN", new_y="NEXT", align=align)

    def parties(self, *blocks: tuple[str, Sequence[str]]) -> None:
        """Blocks side by side (``("Acheteur", [lines])``, ``("Fournisseur", [lines])``)."""
        width = self.pdf.epw / max(len(blocks), 1)
        top = self.pdf.get_y()
        bottom = top
        for index, (label, lines) in enumerate(blocks):
            self.pdf.set_xy(self.pdf.l_margin + index * width, top)
            self.pdf.set_font(_FONT, style="B", size=10)
            self.pdf.cell(width, 6, _latin1(label), new_x="LEFT", new_y="NEXT")
            self.pdf.set_font(_FONT, size=10)
            for text in lines:
                self.pdf.cell(width, 5, _latin1(text), new_x="LEFT", new_y="NEXT")
            bottom = max(bottom, self.pdf.get_y())
        self.pdf.set_xy(self.pdf.l_margin, bottom + 4)

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        """A table; ``widths`` are fractions of the page width; numbers align right."""
        sizes = [self.pdf.epw * w for w in widths]
        self.pdf.set_font(_FONT, style="B", size=9)
        for header, size in zip(headers, sizes, strict=True):
            self.pdf.cell(size, 7, _latin1(header), border=1)
        self.pdf.ln()
        self.pdf.set_font(_FONT, size=9)
        for row in rows:
            for index, (value, size) in enumerate(zip(row, sizes, strict=True)):
                self.pdf.cell(size, 6, _latin1(value), border=1, align="L" if index == 0 else "R")
            self.pdf.ln()
        self.pdf.ln(2)

    def totals(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Label/amount pairs aligned right under the table (Total HT, TVA, Total TTC)."""
        for label, value in pairs:
            self.pdf.set_x(self.pdf.l_margin + self.pdf.epw * 0.55)
            self.pdf.set_font(_FONT, style="B", size=10)
            self.pdf.cell(self.pdf.epw * 0.25, 6, _latin1(label))
            self.pdf.set_font(_FONT, size=10)
            self.pdf.cell(
                self.pdf.epw * 0.20,
                6,
                _latin1(value),
                align="R",
                new_x="LMARGIN",
                new_y="NEXT",
            )
        self.pdf.ln(4)

    def paragraph(self, text: str) -> None:
        self.pdf.set_font(_FONT, size=10)
        self.pdf.multi_cell(0, 5, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(3)

    def signature(self, *, place: str, on: date, signer: str) -> None:
        """``Fait à <place>, le <date>`` and the signer's title, on the right."""
        self.pdf.ln(6)
        self.pdf.set_x(self.pdf.l_margin + self.pdf.epw * 0.5)
        self._line(f"Fait à {place}, le {date_fr(on)}", width=self.pdf.epw * 0.5)
        self.pdf.set_x(self.pdf.l_margin + self.pdf.epw * 0.5)
        self._line(signer, width=self.pdf.epw * 0.5)

    def output(self) -> bytes:
        return bytes(self.pdf.output())
