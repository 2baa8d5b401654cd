"""Unlocking in stages: the case list appears first, the case detail is built right
after, once the list is on screen, in parts: its header and overview, then the other tabs
one by one, then it takes its place and shows the selected case. Each part is its own
turn of the event loop, so the window paints and answers in between; asking for the
detail builds whatever is left at once. (The case work tabs build their panels when first
shown: ui/casework/extension.py.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from ui.cases.case_detail import CaseDetail
from ui.common.widgets import role_label


class DetailStages(QObject):
    """Holds the place of the case detail in the splitter until it is built."""

    built = Signal(object)  # the CaseDetail, once

    def __init__(self, owner: QWidget, splitter: QSplitter,
                 build: Callable[[bool], CaseDetail]) -> None:
        super().__init__(owner)
        self._splitter = splitter
        self._build = build
        self._detail: CaseDetail | None = None
        self._placed = False
        self._stopped = False
        self._placeholder: QWidget | None = role_label("", "empty")
        self._placeholder.setMinimumWidth(460)
        splitter.addWidget(self._placeholder)

    @property
    def is_built(self) -> bool:
        """Built in full, in its place, showing the selected case."""
        return self._placed

    def build_when_idle(self) -> None:
        """After the list has been painted (a zero timer runs after pending paints)."""
        QTimer.singleShot(0, self, self._idle_build)

    def stop(self) -> None:
        """Lock: a build still waiting for idle time never happens; a detail built in
        part (not yet in the window, so nothing owns it) goes with the workspace."""
        self._stopped = True
        if self._detail is not None and not self._placed:
            self._detail.deleteLater()
            self._detail = None

    def _idle_build(self) -> None:
        if self._stopped or self._placed:
            return
        if self._detail is None:
            self._detail = self._build(True)   # the header and the overview
        elif not self._detail.complete:
            self._detail.build_next()          # one more tab
        else:
            self._place(self._detail)
            return
        QTimer.singleShot(0, self, self._idle_build)

    def detail(self) -> CaseDetail:
        if self._detail is None:
            self._detail = self._build(False)
        if not self._placed:
            self._detail.build_all()
            self._place(self._detail)
        return self._detail

    def _place(self, detail: CaseDetail) -> None:
        self._placed = True
        placeholder, self._placeholder = self._placeholder, None
        if placeholder is not None:
            self._splitter.replaceWidget(self._splitter.indexOf(placeholder), detail)
            placeholder.deleteLater()
        self.built.emit(detail)
