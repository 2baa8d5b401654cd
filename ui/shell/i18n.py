"""Installing the translators: Dutch by default, English with PESTDOSSIER_LANG=en.

Source strings are English (`tr()`); the Dutch catalogue is
resources/i18n/pestdossier_nl.qm, built from pestdossier_nl.ts by `tools/i18n.py build`.
Qt's own catalogue (qtbase_nl) translates standard buttons such as "Cancel".
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

I18N_DIR = resource_path("i18n")  # also right inside a PyInstaller bundle
CATALOGUE = "pestdossier"
DEFAULT_LANGUAGE = "nl"
SUPPORTED = ("nl", "en")
ENV_VAR = "PESTDOSSIER_LANG"

_installed: list[QTranslator] = []


def chosen_language() -> str:
    wanted = os.environ.get(ENV_VAR, "").strip().lower()[:2]
    return wanted if wanted in SUPPORTED else DEFAULT_LANGUAGE


def qm_path(language: str = DEFAULT_LANGUAGE) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{language}.qm"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the app's and Qt's catalogues for `language`; return the language used."""
    remove_translators(app)
    language = language or chosen_language()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                               else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"{CATALOGUE}_{language}", str(I18N_DIR)),
                         (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
