"""The small-number rule: what a report may show. Applied to every export and chart,
to a school's own figures and again to a board's sum of schools.

1. Primary: a count from 1 to 4 is shown as "minder dan 5". Zero is shown (it names
   nobody); so is a count of 5 or more.
2. Complementary, per table whose rows add up to its total: when hidden cells exist and
   the total minus the visible rows is under 5 (one hidden cell could then be worked
   out exactly, or two hidden cells narrowed to a few pupils), the smallest visible
   non-zero row is hidden too ("verborgen": it is 5 or more, hidden for another's sake),
   and again, until the hidden rows together hold 5 or more.
3. Linked tables: the platform table breaks down the online-pesten row, the offence
   table the cases with offences, the closing times the closed cases, and the
   "open at year end" fact equals the outcome "open". When the cell such a table
   hangs from is hidden, its total and every row are hidden as well, and the two
   "open" cells are hidden together.
4. A median and its range are shown only when they rest on 5 cases or more.
A board's sums may be ranges (a school's "minder dan 5" is 1 to 4): a range that
reaches under 5 is shown as "minder dan N" with N above its top, never as a small number.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.yearly.model import AnonymousReport, Count, Durations, Table

THRESHOLD = 5
HIDDEN_TEXT = "minder dan 5"
SECONDARY_TEXT = "verborgen"
BOARD_HIDDEN = "<5"
BOARD_SECONDARY = "verborgen"
# table key -> (table, row) its total equals
LINKED_TOTALS = {"platform": ("soort", "online-pesten"),
                 "strafbaar_feit": ("kenmerken", "strafbare-feiten"),
                 "afsluiten": ("uitkomst", "open")}
SAME_CELLS = ((("kenmerken", "open-einde"), ("uitkomst", "open")),)


@dataclass(frozen=True)
class Cell:
    count: Count
    hidden: bool = False
    secondary: bool = False   # hidden only to protect a small number elsewhere (5 or more)

    @property
    def text(self) -> str:
        low, high = self.count.low, self.count.high
        if self.hidden:
            return SECONDARY_TEXT if self.secondary else HIDDEN_TEXT
        if self.count.is_exact:
            return str(low)
        if low < THRESHOLD:
            return f"minder dan {high + 1}"
        return f"{low} tot {high}"

    @property
    def value(self) -> int | None:
        """A number a chart may draw, or None (hidden, or not known exactly)."""
        return None if self.hidden or not self.count.is_exact else self.count.low

    @property
    def board_value(self) -> int | str:
        if self.value is not None:
            return self.count.low
        return BOARD_SECONDARY if self.secondary else BOARD_HIDDEN


def too_small(count: Count) -> bool:
    return (count.is_exact and 0 < count.low < THRESHOLD) or 0 < count.high < THRESHOLD


@dataclass(frozen=True)
class PublishedTable:
    table: Table
    cells: tuple[Cell, ...]
    total: Cell

    def cell(self, key: str) -> Cell:
        return next(c for r, c in zip(self.table.rows, self.cells, strict=True) if r.key == key)

    def without_zeros(self) -> PublishedTable:
        """For a long list on paper: rows with 0 left out (the total stays)."""
        kept = [(r, c) for r, c in zip(self.table.rows, self.cells, strict=True)
                if c.count.high > 0]
        return replace(self, table=replace(self.table, rows=tuple(r for r, _ in kept)),
                       cells=tuple(c for _, c in kept))

    def hide_all(self) -> PublishedTable:
        return replace(self, cells=tuple(_conceal(c) for c in self.cells),
                       total=_conceal(self.total))

    def hide(self, key: str) -> PublishedTable:
        cells = tuple(_conceal(c) if r.key == key else c
                      for r, c in zip(self.table.rows, self.cells, strict=True))
        return replace(self, cells=cells)


def _conceal(cell: Cell) -> Cell:
    """Hide a cell for another's sake: a small one stays "minder dan 5"."""
    if cell.hidden or cell.count.high == 0:
        return cell
    return replace(cell, hidden=True, secondary=not too_small(cell.count))


def publish_table(table: Table) -> PublishedTable:
    cells = [Cell(r.count, too_small(r.count)) for r in table.rows]
    total = Cell(table.total, too_small(table.total))
    if table.additive and not total.hidden:
        _complement(cells, table.total)
    return PublishedTable(table, tuple(cells), total)


def _complement(cells: list[Cell], total: Count) -> None:
    while any(c.hidden for c in cells):
        rest = total.high - sum(c.count.low for c in cells if not c.hidden)
        if rest >= THRESHOLD:
            return
        visible = [i for i, c in enumerate(cells) if not c.hidden and c.count.high > 0]
        if not visible:
            return
        smallest = min(visible, key=lambda i: (cells[i].count.high, i))
        cells[smallest] = _conceal(cells[smallest])


@dataclass(frozen=True)
class PublishedReport:
    report: AnonymousReport
    meldingen: Cell
    cases: Cell
    tables: dict[str, PublishedTable]
    months: PublishedTable
    previous_months: PublishedTable | None
    durations: dict[str, PublishedTable]

    def median_shown(self, durations: Durations) -> bool:
        return durations.cases is not None and durations.cases >= THRESHOLD \
            and durations.median is not None


def publish(report: AnonymousReport) -> PublishedReport:
    tables = {t.key: publish_table(t) for t in report.tables}
    spans = {d.key: publish_table(d.buckets) for d in report.durations}
    everything = {**tables, **spans}
    for pair in SAME_CELLS:
        if all(t in everything for t, _ in pair) and any(
                everything[t].cell(r).hidden for t, r in pair):
            for t, r in pair:
                everything[t] = everything[t].hide(r)
    for key, (parent, row) in LINKED_TOTALS.items():
        if key in everything and parent in everything and everything[parent].cell(row).hidden:
            everything[key] = everything[key].hide_all()
    return PublishedReport(
        report, Cell(report.meldingen, too_small(report.meldingen)),
        Cell(report.cases, too_small(report.cases)),
        {k: everything[k] for k in tables}, publish_table(report.months),
        publish_table(report.previous_months) if report.previous_months else None,
        {k: everything[k] for k in spans})
