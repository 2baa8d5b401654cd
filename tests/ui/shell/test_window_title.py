""""Pestdossier" once in the title bar: Qt appends the application display name to every
title that does not already end in it (QPlatformWindow::formatWindowTitle), so no title
of the main window may carry the name itself, in demo or privacy mode either."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.shell.main_window import MainWindow

SEPARATOR = " \N{EM DASH} "


@pytest.fixture
def display_name(qapp: QApplication) -> Iterator[str]:
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Pestdossier")  # as ui/main.py does
    yield "Pestdossier"
    qapp.setApplicationDisplayName(before)


def shown_title(title: str, name: str) -> str:
    """What the title bar shows (xcb and Windows), after Qt's own rule."""
    if title.endswith(name):
        return title
    return f"{title}{SEPARATOR}{name}" if title else name


@pytest.mark.parametrize("demo", [False, True])
def test_the_name_appears_once(make_window, display_name: str, demo: bool) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(demo=demo, demo_password="demo")
    titles = [window.windowTitle()]
    window.privacy_chrome.apply(True)
    titles.append(window.windowTitle())
    window.privacy_chrome.apply(False)
    titles.append(window.windowTitle())
    for title in titles:
        assert shown_title(title, display_name).count("Pestdossier") == 1, title
