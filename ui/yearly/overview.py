"""'Jaaroverzicht': the yearly figures of the vault on screen, computed in the background.

The same numbers as the PDF (after the small-number rule); clicking a bar lists the
cases behind it, inside the vault only; a double click opens the case. The PDF and CSV
are written through case_file.statistics (audited). Owned by the workspace: it goes
when the vault locks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.casefile import CaseFile
from app.yearly import Period, YearStats, school_year, school_year_of
from app.yearly.period import month_key
from app.yearly.suppress import PublishedReport, PublishedTable, publish
from ui.common.errors import error_message
from ui.common.file_dialogs import get_save_file_name
from ui.common.widgets import role_label
from ui.common.workers import BackgroundOp, with_worker_vault
from ui.yearly.bars import Bar, BarChart
from ui.yearly.labels import cell_text, row_labels, table_titles
from ui.yearly.month_span import MonthSpan

YEARS_BACK = 5
CUSTOM = -1  # the period combo's entry for a span of months
LONG_TABLE = 6


def file_label(period: Period) -> str:
    """'2025-2026', or '2025-09_2026-02' for a span of months (no '/' in a file name)."""
    return period.school_year or f"{month_key(period.first_month)}_{month_key(period.last_month)}"


@dataclass(frozen=True)
class Computed:
    stats: YearStats
    names: dict[int, str]       # case id -> "2026-001 · title", for the drill-down list


def compute(vault: CaseFile, period: Period, groups: bool) -> Computed:
    stats = vault.statistics.compute(period, include_groups=groups)
    wanted = {i for ids in stats.case_ids.values() for i in ids}
    names = {c.id: f"{c.reference} · {c.title}" for c in vault.cases.list() if c.id in wanted}
    return Computed(stats, names)


class YearOverviewDialog(QDialog):
    open_case = Signal(int, str)

    def __init__(self, vault: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._op: BackgroundOp | None = None
        self.computed: Computed | None = None
        self.setWindowTitle(self.tr("Year overview"))
        self.resize(1080, 720)
        layout = QVBoxLayout(self)
        layout.addWidget(role_label(self.tr("Year overview"), "heading"))
        layout.addLayout(self._build_controls())
        layout.addWidget(self.chk_groups)  # its own line: the row must fit 1366 pixels
        self.lbl_summary = role_label("", "muted", wrap=True)
        layout.addWidget(self.lbl_summary)
        layout.addWidget(self._build_body(), 1)
        if parent is not None:
            parent.installEventFilter(self)
        self.refresh()

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.cmb_period = QComboBox()
        current = school_year_of(self._vault.clock.today_local())
        first = current.first_month.year
        for year in range(first, first - YEARS_BACK, -1):
            self.cmb_period.addItem(self.tr("School year %1").replace("%1", f"{year}-{year + 1}"),
                                    year)
        self.cmb_period.addItem(self.tr("Other period..."), CUSTOM)
        this_month = self._vault.clock.today_local().replace(day=1)
        self.span = MonthSpan(current.first_month, max(current.first_month, this_month))
        self.span.setVisible(False)
        self.span.changed.connect(self.refresh)
        self.chk_groups = QCheckBox(self.tr("Count per group (never in exports for the board)"))
        self.btn_pdf = QPushButton(self.tr("Save report (PDF)..."))
        self.btn_csv = QPushButton(self.tr("Save figures (CSV)..."))
        self.cmb_period.currentIndexChanged.connect(self.refresh)
        self.chk_groups.toggled.connect(self.refresh)
        self.btn_pdf.clicked.connect(lambda: self.save("pdf"))
        self.btn_csv.clicked.connect(lambda: self.save("csv"))
        for widget in (self.cmb_period, self.span):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.btn_pdf)
        row.addWidget(self.btn_csv)
        return row

    def _build_body(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.scr_charts = QScrollArea()
        self.scr_charts.setWidgetResizable(True)
        self.lst_cases = QListWidget()
        self.lst_cases.itemDoubleClicked.connect(self._open_item)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.lbl_cases = role_label(self.tr("Click a bar to see the cases behind it."),
                                    "muted", wrap=True)
        side_layout.addWidget(self.lbl_cases)
        side_layout.addWidget(self.lst_cases, 1)
        splitter.addWidget(self.scr_charts)
        splitter.addWidget(side)
        splitter.setSizes([720, 320])
        return splitter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The workspace is hidden when the vault locks: go with it at once.
        if watched is self.parent() and event.type() in (QEvent.Type.Hide,
                                                         QEvent.Type.DeferredDelete):
            self.hide()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ computing
    def period(self) -> Period:
        chosen = int(self.cmb_period.currentData())
        self.span.setVisible(chosen == CUSTOM)
        return self.span.period() if chosen == CUSTOM else school_year(chosen)

    def refresh(self) -> None:
        if self._op is not None:
            self._op.detach()
        period, groups = self.period(), self.chk_groups.isChecked()
        self.lbl_summary.setText(self.tr("Counting..."))
        op = BackgroundOp(with_worker_vault(
            self._vault, lambda v, _p, _c: compute(v, period, groups)), self)
        op.on_success(self._show).on_failure(
            lambda exc: self.lbl_summary.setText(error_message(exc)))
        self._op = op
        op.start()

    def _show(self, computed: Computed) -> None:
        self._op = None
        self.computed = computed
        shown = publish(computed.stats.report)
        self.lbl_summary.setText(
            self.tr("Reports: %1 · cases: %2 · counts from 1 to 4 are shown as "
                    "'fewer than 5'").replace("%1", cell_text(shown.meldingen.text))
            .replace("%2", cell_text(shown.cases.text)))
        self.scr_charts.setWidget(self._charts(shown))
        self.lst_cases.clear()

    def _charts(self, shown: PublishedReport) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        titles = table_titles()
        tables = [*shown.tables.values(), shown.months, *shown.durations.values()]
        for published in tables:
            key = published.table.key
            layout.addWidget(role_label(titles.get(key, key), "subheading"))
            if not published.table.recorded:   # a field not recorded: one sentence
                layout.addWidget(role_label(self.tr("Pestdossier does not record this yet: "
                                                    "every case is 'not recorded'."), "muted"))
                continue
            long_list = len(published.table.rows) > LONG_TABLE  # platforms: no zero rows
            chart = BarChart(self._bars(published.without_zeros() if long_list else published))
            chart.bar_clicked.connect(lambda row, k=key: self.show_cases(k, row))
            layout.addWidget(chart)
        layout.addStretch(1)
        return page

    @staticmethod
    def _bars(published: PublishedTable) -> list[Bar]:
        labels = row_labels()
        return [Bar(r.key, r.label or labels.get(r.key, r.key), c.value, cell_text(c.text))
                for r, c in zip(published.table.rows, published.cells, strict=True)]

    def show_cases(self, table_key: str, row_key: str) -> None:
        """The cases behind a bar, inside the vault only (never in an export)."""
        if self.computed is None:
            return
        self.lst_cases.clear()
        for case_id in self.computed.stats.cases_behind(table_key, row_key):
            item = QListWidgetItem(self.computed.names.get(case_id, str(case_id)))
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.lst_cases.addItem(item)
        self.lbl_cases.setText(self.tr("%1 case(s) behind this bar; double-click to open.")
                               .replace("%1", str(self.lst_cases.count())))

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)), "")

    # ------------------------------------------------------------------ exports
    def save(self, kind: str) -> None:
        if self.computed is None:
            return
        pattern = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("CSV (*.csv)")
        path, _filter = get_save_file_name(
            self, self.tr("Save"), f"jaarverslag-{file_label(self.period())}.{kind}", pattern)
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: str) -> BackgroundOp:
        stats = self.computed.stats if self.computed else None

        def work(vault: CaseFile, _p: Any, _c: Any) -> Any:
            assert stats is not None
            write = vault.statistics.export_pdf if kind == "pdf" \
                else vault.statistics.export_csv
            return write(stats, path)

        op = BackgroundOp(with_worker_vault(self._vault, work), self)
        op.on_success(lambda saved: self.lbl_summary.setText(
            self.tr("Saved: %1").replace("%1", str(saved))))
        op.on_failure(lambda exc: self.lbl_summary.setText(error_message(exc)))
        op.start()
        return op
