"""The yearly report as CSV: one line per figure, after the small-number rule.

Columns: tabel; sleutel; omschrijving; aantal. Semicolons, because Dutch spreadsheet
programs read those; UTF-8 with a byte-order mark so they read the accents too.
"""

from __future__ import annotations

import csv
import io

from app.wording.yearly import TABLE_TITLES, row_label
from app.yearly.model import AnonymousReport
from app.yearly.suppress import PublishedReport, PublishedTable, publish

HEADER = ("tabel", "sleutel", "omschrijving", "aantal")


def _table_lines(published: PublishedTable) -> list[tuple[str, str, str, str]]:
    table = published.table
    title = TABLE_TITLES.get(table.key, table.key)
    lines = [(table.key, row.key, row_label(row.key, row.label), cell.text)
             for row, cell in zip(table.rows, published.cells, strict=True)]
    lines.append((table.key, "totaal", f"{title}: totaal", published.total.text))
    return lines


def _median_lines(shown: PublishedReport) -> list[tuple[str, str, str, str]]:
    lines = []
    for spans in shown.report.durations:
        if not shown.median_shown(spans):
            continue
        title = TABLE_TITLES.get(spans.key, spans.key)
        lines += [(spans.key, "mediaan", f"{title}: mediaan", _number(spans.median)),
                  (spans.key, "kortste", f"{title}: kortste", str(spans.shortest)),
                  (spans.key, "langste", f"{title}: langste", str(spans.longest))]
    return lines


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


def csv_lines(report: AnonymousReport) -> list[tuple[str, str, str, str]]:
    shown = publish(report)
    lines = [("periode", "periode", report.period.label, ""),
             ("totaal", "meldingen", "meldingen in de periode", shown.meldingen.text),
             ("totaal", "dossiers", "dossiers geopend in de periode", shown.cases.text)]
    for table in shown.tables.values():
        lines += _table_lines(table)
    lines += _table_lines(shown.months)
    if shown.previous_months is not None:
        lines += _table_lines(shown.previous_months)
    for spans in shown.durations.values():
        lines += _table_lines(spans)
    return lines + _median_lines(shown)


def render_csv(report: AnonymousReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(csv_lines(report))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
