"""The calm look: Fusion, a light palette, one accent colour, readable type size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import CaseStatus
from app.resources import resource_path

ACCENT = "#2f6f8f"
TEXT_MUTED = "#5f6b73"
ERROR = "#b3261e"

# (background, text) of the status chip
STATUS_COLORS: dict[CaseStatus, tuple[str, str]] = {
    CaseStatus.NIEUW: ("#dcebf7", "#1d4e75"),
    CaseStatus.IN_BEHANDELING: ("#fbe9c8", "#7a4d00"),
    CaseStatus.MONITORING: ("#e3f1df", "#2f5d27"),
    CaseStatus.GESLOTEN: ("#e8e8e8", "#4a4a4a"),
}

STRENGTH_COLORS = ("#b3261e", "#b3261e", "#a15c00", "#2f7d32", "#2f7d32")

# Where the keyboard is: a 2px accent ring on whatever has focus (borders grow by 1px,
# padding shrinks by 1px, so nothing moves when focus arrives).
FOCUS_STYLE = f"""
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 13px; }}
QPushButton[role="primary"]:focus {{ border: 2px solid #1f2a30; }}
QPushButton[role="link"]:focus {{ border: 1px dashed {ACCENT}; border-radius: 2px;
                                 padding: 1px; }}
QToolButton:focus {{ border: 2px solid {ACCENT}; padding: 2px 8px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {ACCENT}; padding: 3px 5px; }}
QCheckBox:focus, QRadioButton:focus {{ background: #dcebf3; border-radius: 3px; }}
QTabBar::tab:focus {{ background: #dcebf3; }}
QAbstractItemView:focus {{ border: 2px solid {ACCENT}; }}
QComboBox:focus, QDateEdit:focus, QTimeEdit:focus, QSpinBox:focus {{
    background: #dcebf3; }}
"""

STYLESHEET = f"""
QMainWindow, QDialog {{ background: #f7f8f9; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; color: #1f2a30; }}
QLabel[role="subheading"] {{ font-size: 11pt; font-weight: 600; color: #1f2a30; }}
QLabel[role="muted"] {{ color: {TEXT_MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="success"] {{ color: #1e6b3a; }}
QLabel[role="empty"] {{ color: {TEXT_MUTED}; font-size: 11pt; padding: 24px; }}
QLabel[role="fieldname"] {{ color: {TEXT_MUTED}; }}
QFrame[role="card"] {{ background: white; border: 1px solid #dde2e6; border-radius: 8px; }}
QTableView {{ background: white; border: 1px solid #dde2e6; border-radius: 6px;
             gridline-color: transparent; selection-background-color: #d6e6ef;
             selection-color: #1f2a30; }}
QTableView::item {{ padding: 2px 4px; }}
QHeaderView::section {{ background: #f0f2f4; border: none; border-bottom: 1px solid #dde2e6;
                       padding: 6px; color: {TEXT_MUTED}; font-weight: 600; }}
QLineEdit, QPlainTextEdit {{
    padding: 4px 6px; border: 1px solid #c8d0d6; border-radius: 4px; background: white; }}
QComboBox, QDateEdit, QTimeEdit {{ padding: 3px 6px; }}
QPushButton {{ padding: 5px 14px; border: 1px solid #c8d0d6; border-radius: 4px;
              background: white; }}
QPushButton:hover {{ background: #eef3f6; }}
QPushButton:disabled {{ color: #9aa4ab; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="primary"]:hover {{ background: #285f7b; }}
QPushButton[role="primary"]:disabled {{ background: #9fbccb; border-color: #9fbccb; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {ACCENT};
                           text-decoration: underline; padding: 2px; }}
QPushButton[role="link"]:focus {{ background: #e3eef4; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 6px 10px; border: none; color: {TEXT_MUTED}; }}
QTabBar::tab:selected {{ color: #1f2a30; border-bottom: 2px solid {ACCENT}; }}
QToolBar {{ background: #eef1f3; border: none; border-bottom: 1px solid #dde2e6;
           spacing: 6px; padding: 4px; }}
QToolButton {{ padding: 4px 10px; border-radius: 4px; }}
QToolButton:hover {{ background: #dde6ec; }}
QStatusBar {{ color: {TEXT_MUTED}; }}
{FOCUS_STYLE}"""


#: The shipped font with emoji and symbols, a fallback where the system has none.
EMOJI_FONT = resource_path("fonts", "Symbola.ttf")
_emoji_families: list[str] = []


def install_emoji_font() -> list[str]:
    """Register Symbola once as the application's emoji font and as a fallback for the
    interface font, so an emoji a student typed shows as itself, not as an empty box."""
    if not _emoji_families and EMOJI_FONT.is_file():
        font_id = QFontDatabase.addApplicationFont(str(EMOJI_FONT))
        _emoji_families.extend(QFontDatabase.applicationFontFamilies(font_id))
        for family in _emoji_families:
            QFontDatabase.addApplicationEmojiFontFamily(family)
    return list(_emoji_families)


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    install_emoji_font()
    font = QFont(app.font())
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f8f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#d6e6ef"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#1f2a30"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a style role (see STYLESHEET) and re-polish it."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
