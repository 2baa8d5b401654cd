"""Unlocking in stages: the case list appears first, the case detail (its header and
tabs) is built right after, once the list is on screen, or at once when something asks
for it. Each stage is its own turn of the event loop, so the window paints in between.
(The case work tabs build their panels when first shown: ui/casework/extension.py.)
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
                 build: Callable[[], CaseDetail]) -> None:
        super().__init__(owner)
        self._splitter = splitter
        self._build = build
        self._detail: CaseDetail | None = None
        self._stopped = False
        self._placeholder: QWidget | None = role_label("", "empty")
        self._placeholder.setMinimumWidth(460)
        splitter.addWidget(self._placeholder)

    @property
    def is_built(self) -> bool:
        return self._detail is not None

    def build_when_idle(self) -> None:
        """After the list has been painted (a zero timer runs after pending paints)."""
        QTimer.singleShot(0, self, self._idle_build)

    def stop(self) -> None:
        """Lock: a build still waiting for idle time never happens."""
        self._stopped = True

    def _idle_build(self) -> None:
        if not self._stopped:
            self.detail()

    def detail(self) -> CaseDetail:
        if self._detail is None:
            detail = self._detail = self._build()
            placeholder, self._placeholder = self._placeholder, None
            if placeholder is not None:
                self._splitter.replaceWidget(self._splitter.indexOf(placeholder), detail)
                placeholder.deleteLater()
            self.built.emit(detail)
        return self._detail
