"""The "Jaarverslag" PDF: Dutch text, key figures, charts and tables, for management
and the medezeggenschapsraad (or, from merged board files, for the school board).
Every number passes the small-number rule first (app/yearly/suppress.py)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.dossier.styles import ACCENT, INK, MUTED, RULE, SHADE, fonts, markup
from app.wording.yearly import TABLE_TITLES, row_label
from app.yearly.charts import bar_chart, month_chart, reference_chart
from app.yearly.model import AnonymousReport, Durations
from app.yearly.suppress import PublishedReport, PublishedTable, publish

INTRO = ("Dit verslag telt de meldingen en dossiers van de vertrouwenspersoon in de "
         "periode {period}. Het is anoniem opgezet: er staan geen namen, geen "
         "vrije tekst en geen datums fijner dan een maand in. Aantallen van 1 tot en met 4 "
         "staan er als 'minder dan 5'; waar een totaal zo'n klein aantal zou verraden, is "
         "ook het volgende kleinste aantal verborgen.")
LONG_TABLE = 6
EMPTY = "In deze periode zijn geen meldingen vastgelegd."
NOT_RECORDED = ("Pestdossier legt dit gegeven nog niet vast; alle dossiers staan hier als "
                "'niet vastgelegd'.")
INTAKE_NOTE = ("Vastgelegd bij de melding (de intake); dossiers van voor de intake staan "
               "als 'niet vastgelegd'.")
INTAKE_TABLES = ("vorm", "gemeld_hoe")
BOARD = "Samengevoegd uit de jaarcijfers van {count} scholen: {schools}."
RANGE_NOTE = ("Een school die een klein aantal verborg, telt in de som als 1 tot 4; "
              "zo'n som staat er als bereik ('20 tot 23') of als 'minder dan N'.")
REFERENCE = ("Ter vergelijking, als context en niet als cijfer van deze school: in het "
             "schooljaar 2020-2021 zei landelijk 11% van de leerlingen in groep 6 tot en met 8 "
             "en 12% van de leerlingen in het voortgezet onderwijs soms of vaker gepest te "
             "worden. Pestdossier telt dossiers, niet leerlingen; de cijfers zijn dus niet "
             "rechtstreeks te vergelijken.")


class _Styles:
    def __init__(self) -> None:
        f = fonts()
        self.title = ParagraphStyle("t", fontName=f.bold, fontSize=18, leading=22,
                                    textColor=ACCENT, spaceAfter=4)
        self.subtitle = ParagraphStyle("s", fontName=f.sans, fontSize=11, leading=14,
                                       textColor=MUTED, spaceAfter=10)
        self.heading = ParagraphStyle("h", fontName=f.bold, fontSize=12, leading=15,
                                      textColor=ACCENT, spaceBefore=10, spaceAfter=4)
        self.body = ParagraphStyle("b", fontName=f.sans, fontSize=9, leading=12.5,
                                   textColor=INK, spaceAfter=4)
        self.note = ParagraphStyle("n", parent=self.body, fontName=f.italic, textColor=MUTED)


def _numbers(rows: list[tuple[str, str]], s: _Styles) -> Table:
    data = [[Paragraph(markup(a), s.body), Paragraph(markup(b), s.body)] for a, b in rows]
    table = Table(data, colWidths=[110 * mm, 45 * mm])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ROWBACKGROUNDS", (0, 0), (-1, -1), [None, SHADE])]))
    return table


def _median_text(shown: PublishedReport, spans: Durations) -> str:
    if not shown.median_shown(spans):
        return ("Mediaan en spreiding: niet getoond (minder dan 5 dossiers, of cijfers van "
                "meer scholen samen).")
    median = f"{spans.median:g}".replace(".", ",")
    return (f"Mediaan {median} dagen; van {spans.shortest} tot {spans.longest} dagen "
            f"(over {spans.cases} dossiers).")


def _key_figures(shown: PublishedReport, s: _Styles) -> list[Flowable]:
    rows = [("Meldingen in de periode", shown.meldingen.text),
            ("Dossiers geopend in de periode", shown.cases.text)]
    facts = shown.tables.get("kenmerken")
    if facts is not None:
        rows += [(row_label(r.key), c.text)
                 for r, c in zip(facts.table.rows, facts.cells, strict=True)]
    return [Paragraph("Kerncijfers", s.heading), _numbers(rows, s)]


def _table_section(published: PublishedTable, s: _Styles) -> list[Flowable]:
    table = published.table
    title = TABLE_TITLES.get(table.key, table.key)
    parts: list[Flowable] = [Paragraph(markup(title), s.heading)]
    if not table.recorded:
        return [*parts, Paragraph(NOT_RECORDED, s.note)]
    if len(table.rows) > LONG_TABLE:  # long lists (platforms, offences): leave out zeros
        published = published.without_zeros()
    labels = [row_label(r.key, r.label) for r in published.table.rows]
    if not labels:
        return [*parts, Paragraph("Geen dossiers.", s.note)]
    parts.append(bar_chart(published, labels))
    rows = [(label, cell.text) for label, cell in zip(labels, published.cells, strict=True)]
    rows.append(("Totaal" if table.additive else "Dossiers in deze tabel",
                 published.total.text))
    parts.append(_numbers(rows, s))
    if not table.additive:
        parts.append(Paragraph("Een dossier kan hier in meer dan één regel staan.", s.note))
    if table.key in INTAKE_TABLES:
        parts.append(Paragraph(INTAKE_NOTE, s.note))
    return parts


def _story(report: AnonymousReport) -> list[Flowable]:
    s = _Styles()
    shown = publish(report)
    board = len(report.schools) > 1
    title = "Jaarverslag pesten" + (" (bestuur)" if board else "")
    story: list[Flowable] = [Paragraph(title, s.title), Paragraph(markup(
        f"{', '.join(report.schools) if not board else 'Alle scholen'} · periode "
        f"{report.period.label}"), s.subtitle),
        Paragraph(markup(INTRO.format(period=report.period.label)), s.body)]
    if board:
        story += [Paragraph(markup(BOARD.format(count=len(report.schools),
                                                schools=", ".join(report.schools))), s.body),
                  Paragraph(RANGE_NOTE, s.note)]
    if report.cases.high == 0:
        story.append(Paragraph(EMPTY, s.body))
    story += _key_figures(shown, s)
    story += [Paragraph(TABLE_TITLES["per_maand"], s.heading),
              month_chart(shown.months, shown.previous_months)]
    if shown.previous_months is None:
        story.append(Paragraph("De kluis heeft geen dossiers uit dezelfde maanden een jaar "
                               "eerder; een vergelijking ontbreekt daarom.", s.note))
    for key, published in shown.tables.items():
        if key != "kenmerken":
            story.append(KeepTogether(_table_section(published, s)))
    for spans in report.durations:
        section = _table_section(shown.durations[spans.key], s)
        if not board:
            section.append(Paragraph(_median_text(shown, spans), s.body))
        story.append(KeepTogether(section))
    story += [Paragraph("Landelijke referentie", s.heading), Paragraph(REFERENCE, s.body),
              reference_chart(), Spacer(1, 6)]
    return story


def _footer(canvas: object, doc: object) -> None:
    canvas.saveState()  # type: ignore[attr-defined]
    canvas.setFont(fonts().sans, 7)  # type: ignore[attr-defined]
    canvas.setFillColor(MUTED)  # type: ignore[attr-defined]
    canvas.drawString(20 * mm, 10 * mm,  # type: ignore[attr-defined]
                      f"Pestdossier · jaarverslag · pagina {doc.page}")  # type: ignore[attr-defined]
    canvas.restoreState()  # type: ignore[attr-defined]


def render_report(report: AnonymousReport) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Jaarverslag pesten", author="Pestdossier",
                            subject=f"Periode {report.period.label}")
    doc.build(_story(report), onFirstPage=_footer, onLaterPages=_footer)
    return out.getvalue()
