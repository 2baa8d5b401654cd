"""The board file: one school's yearly figures, anonymous and versioned, to combine.

Written after the small-number rule (a hidden count is the string "<5"), without
groups, without the previous year and without medians (they cannot be combined; the
duration buckets can). Its schema: docs/board-file.md. Reading validates every field
and names the first one that is wrong; merging adds the schools' counts as ranges
("<5" is 1 to 4) so the board report can apply the rule again to the sums.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import InvalidInputError
from app.yearly.model import AnonymousReport, Count, Durations, Row, Table
from app.yearly.period import Period, add_months, month_key
from app.yearly.suppress import BOARD_HIDDEN, BOARD_SECONDARY, PublishedTable, publish

SCHEMA = "pestdossier-jaarcijfers"
# 2: `vorm` and `gemeld_hoe` are recorded (the intake); `vorm` is no longer additive.
# A version-1 file counted every case there as "niet-vastgelegd": summing the two would
# mix "not recorded" with real forms, so files of another version are refused.
SCHEMA_VERSION = 2
NEVER_TO_BOARD = frozenset({"groep"})
_HIDDEN = Count(1, 4)


def _table_json(published: PublishedTable) -> dict[str, Any]:
    table = published.table
    rows = []
    for row, cell in zip(table.rows, published.cells, strict=True):
        item: dict[str, Any] = {"key": row.key, "count": cell.board_value}
        if row.label:
            item["label"] = row.label
        rows.append(item)
    return {"total": published.total.board_value, "additive": table.additive,
            "recorded": table.recorded, "rows": rows}


def board_dict(report: AnonymousReport) -> dict[str, Any]:
    shown = publish(report)
    return {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "app_version": __version__,
        "school": report.schools[0] if report.schools else "",
        "school_year": report.period.school_year,
        "period": {"from": month_key(report.period.first_month),
                   "to": month_key(report.period.last_month)},
        "meldingen": shown.meldingen.board_value, "cases": shown.cases.board_value,
        "tables": {k: _table_json(t) for k, t in shown.tables.items()
                   if k not in NEVER_TO_BOARD},
        "months": _table_json(shown.months),
        "durations": {k: _table_json(t) for k, t in shown.durations.items()},
    }


def board_json(report: AnonymousReport) -> bytes:
    text = json.dumps(board_dict(report), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


# ---------------------------------------------------------------------- reading
class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.cases_high = 0   # the school's case count: the top of a hidden total

    def fail(self, field: str, detail: str) -> InvalidInputError:
        return InvalidInputError("cli.board_field_invalid", file=self.name, field=field,
                                 detail=detail)

    def get(self, data: Any, key: str, kind: type | tuple[type, ...], path: str) -> Any:
        if not isinstance(data, dict) or key not in data:
            raise self.fail(path, "ontbreekt")
        value = data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.fail(path, "verkeerd soort waarde")
        return value

    def count(self, value: Any, path: str, most: int = 0) -> Count:
        """`most`: the table's total, the top of a cell hidden for another's sake."""
        if value == BOARD_HIDDEN:
            return _HIDDEN
        if value == BOARD_SECONDARY and most >= 5:
            return Count(5, most)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(path, "geen aantal, geen \"<5\" en geen \"verborgen\"")
        if 0 < value < 5:
            raise self.fail(path, "een aantal onder 5 hoort \"<5\" te zijn")
        return Count.exact(value)

    def month(self, text: Any, path: str) -> date:
        try:
            year, month = str(text).split("-")
            return date(int(year), int(month), 1)
        except ValueError:
            raise self.fail(path, "geen maand JJJJ-MM") from None

    def table(self, key: str, data: Any, path: str) -> Table:
        total = self.count(data.get("total") if isinstance(data, dict) else None,
                           f"{path}.total", self.cases_high)
        rows = []
        for i, item in enumerate(self.get(data, "rows", list, f"{path}.rows")):
            where = f"{path}.rows[{i}]"
            row_key = self.get(item, "key", str, f"{where}.key")
            label = item.get("label", "") if isinstance(item, dict) else ""
            if not isinstance(label, str):
                raise self.fail(f"{where}.label", "geen tekst")
            rows.append(Row(row_key, self.count(item.get("count"), f"{where}.count",
                                                total.high), label))
        return Table(key, tuple(rows), total, self.get(data, "additive", bool, f"{path}.additive"),
                     self.get(data, "recorded", bool, f"{path}.recorded"))


def _check_header(data: Any, name: str) -> None:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InvalidInputError("cli.board_wrong_schema", file=name)
    if data.get("schema_version") != SCHEMA_VERSION:
        raise InvalidInputError("cli.board_wrong_version", file=name,
                                found=str(data.get("schema_version")),
                                expected=str(SCHEMA_VERSION))


def parse_board(data: Any, name: str) -> AnonymousReport:
    _check_header(data, name)
    read = _Reader(name)
    period_data = read.get(data, "period", dict, "period")
    first = read.month(period_data.get("from"), "period.from")
    last = read.month(period_data.get("to"), "period.to")
    if last < first:
        raise read.fail("period", "eindigt voor het begin")
    period = Period(first, last, read.get(data, "school_year", str, "school_year"))
    cases = read.count(data.get("cases"), "cases")
    read.cases_high = cases.high
    tables = tuple(read.table(k, v, f"tables.{k}")
                   for k, v in read.get(data, "tables", dict, "tables").items())
    durations = tuple(Durations(k, read.table(k, v, f"durations.{k}"))
                      for k, v in read.get(data, "durations", dict, "durations").items())
    return AnonymousReport(
        period, (read.get(data, "school", str, "school"),),
        read.count(data.get("meldingen"), "meldingen"), cases,
        tables, read.table("per_maand", read.get(data, "months", dict, "months"), "months"),
        None, durations)


def read_board_file(path: Path) -> AnonymousReport:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInputError("cli.board_not_readable", file=path.name,
                                detail=type(exc).__name__) from None
    return parse_board(data, path.name)


# ---------------------------------------------------------------------- merging
def _sum_tables(key: str, tables: list[Table]) -> Table:
    labels: dict[str, str] = {}
    sums: dict[str, Count] = {}
    for table in tables:
        for row in table.rows:
            sums[row.key] = sums.get(row.key, Count(0, 0)) + row.count
            labels.setdefault(row.key, row.label)
    total = sum((t.total for t in tables), Count(0, 0))
    return Table(key, tuple(Row(k, v, labels[k]) for k, v in sums.items()), total,
                 all(t.additive for t in tables), all(t.recorded for t in tables))


def _merged_period(reports: list[AnonymousReport]) -> Period:
    first = min(r.period.first_month for r in reports)
    last = max(r.period.last_month for r in reports)
    years = {r.period.school_year for r in reports}
    return Period(first, last, years.pop() if len(years) == 1 else "")


def _months(reports: list[AnonymousReport], period: Period) -> Table:
    """Month rows keyed by calendar month, so different years line up by date."""
    month = period.first_month
    keys = []
    while month <= period.last_month:
        keys.append(month_key(month))
        month = add_months(month, 1)
    merged = _sum_tables("per_maand", [r.months for r in reports])
    order = {k: i for i, k in enumerate(keys)}
    rows = tuple(sorted(merged.rows, key=lambda r: order.get(r.key, len(keys))))
    return Table("per_maand", rows, merged.total)


def merge(reports: Iterable[AnonymousReport], *, allow_mixed_years: bool = False
          ) -> AnonymousReport:
    reports = list(reports)
    if not reports:
        raise InvalidInputError("cli.board_no_files")
    periods = sorted({r.period.label for r in reports})
    if len(periods) > 1 and not allow_mixed_years:
        raise InvalidInputError("cli.board_years_differ", periods=tuple(periods))
    period = _merged_period(reports)
    keys = list(dict.fromkeys(t.key for r in reports for t in r.tables))
    spans = list(dict.fromkeys(d.key for r in reports for d in r.durations))
    return AnonymousReport(
        period, tuple(s for r in reports for s in r.schools),
        sum((r.meldingen for r in reports), Count(0, 0)),
        sum((r.cases for r in reports), Count(0, 0)),
        tuple(_sum_tables(k, [t for r in reports for t in r.tables if t.key == k])
              for k in keys),
        _months(reports, period), None,
        tuple(Durations(k, _sum_tables(k, [d.buckets for r in reports for d in r.durations
                                           if d.key == k])) for k in spans))
