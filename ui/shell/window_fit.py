"""The main window's first size: the preferred 1240x760, but never larger than the
screen's available area (without taskbar or dock), so on a 1366x768 laptop the status bar
stays visible. A geometry restored from a larger monitor is shrunk the same way. Every
dialog is fitted the same way as it is shown (`install_dialog_fit`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from ui.common.app_events import app_events

PREFERRED = QSize(1240, 760)
MINIMUM = QSize(980, 620)
# Room for the title bar and frame the window manager adds around the client area.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(window: QWidget) -> QRect | None:
    """The usable part of the window's screen (the primary one before it is shown)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fit_to_screen(window: QWidget, *, restored: bool) -> None:
    """Shrink (and for a fresh window, size) the window to fit the available area."""
    area = available_area(window)
    if area is None or area.isEmpty():
        if not restored:
            window.resize(PREFERRED)
        return
    room = area.size() - FRAME_ALLOWANCE
    window.setMinimumSize(MINIMUM.boundedTo(room))
    wanted = window.size() if restored else PREFERRED
    size = wanted.boundedTo(room)
    window.resize(size)
    if not restored or not area.contains(window.frameGeometry()):
        window.move(area.left() + (area.width() - size.width() - FRAME_ALLOWANCE.width()) // 2,
                    area.top() + (area.height() - size.height() - FRAME_ALLOWANCE.height()) // 2)


def size_dialog(window: QWidget, preferred: QSize) -> None:
    """A dialog's first size: `preferred`, shrunk to the available area (a 1366x768
    laptop has about 1366x728 without its taskbar), so its buttons stay on screen."""
    area = available_area(window)
    if area is None or area.isEmpty():
        window.resize(preferred)
        return
    room = area.size() - FRAME_ALLOWANCE
    window.resize(preferred.boundedTo(room))


def fit_dialog(dialog: QWidget) -> None:
    """Shrink a window that would open larger than the screen's available area to fit it,
    and move it back onto the screen (its layout decides how far it can shrink)."""
    area = available_area(dialog)
    if area is None or area.isEmpty():
        return
    room = area.size() - FRAME_ALLOWANCE
    if dialog.width() > room.width() or dialog.height() > room.height():
        dialog.resize(dialog.size().boundedTo(room))
    frame = dialog.frameGeometry()
    if not area.contains(frame):
        x = min(max(frame.x(), area.left()), area.right() - frame.width())
        y = min(max(frame.y(), area.top()), area.bottom() - frame.height())
        dialog.move(max(x, area.left()), max(y, area.top()))


class DialogFit(QObject):
    """Sees every widget's show event (through the application's event hub): every
    dialog, as it is shown, fits the screen."""

    def on_show(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QDialog) and watched.isWindow():
            fit_dialog(watched)
        return False


def install_dialog_fit(app: QCoreApplication) -> DialogFit:
    """Install the fit on `app` once (later calls return the same one)."""
    existing = app.findChild(DialogFit, "dialog_fit")
    if isinstance(existing, DialogFit):
        return existing
    fit = DialogFit(app)
    fit.setObjectName("dialog_fit")
    app_events(app).listen(fit, {QEvent.Type.Show: fit.on_show})
    return fit
