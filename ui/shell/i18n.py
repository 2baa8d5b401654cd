"""Installing the translators: the language chosen in Instellingen, Dutch by default.

The environment variable PESTDOSSIER_LANG (nl or en) overrides the setting, for tests
and for a quick look in the other language. Source strings are English (`tr()`); the
Dutch catalogue is resources/i18n/pestdossier_nl.qm, built from pestdossier_nl.ts by
`tools/i18n.py build`. Qt's own catalogue (qtbase_nl) translates standard buttons such
as "Cancel".
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path
from ui.shell import settings

I18N_DIR = resource_path("i18n")  # also right inside a PyInstaller bundle
CATALOGUE = "pestdossier"
DEFAULT_LANGUAGE = "nl"
SUPPORTED = ("nl", "en")
ENV_VAR = "PESTDOSSIER_LANG"

_installed: list[QTranslator] = []
_generation = 0  # counts translator changes, so cached translated tables know when to rebuild
_current = "en"  # the language shown now: the English sources until a catalogue is installed


def chosen_language() -> str:
    """PESTDOSSIER_LANG when it names a language we have, else the setting, else Dutch."""
    wanted = os.environ.get(ENV_VAR, "").strip().lower()[:2]
    if wanted in SUPPORTED:
        return wanted
    stored = settings.interface_language()
    return stored if stored in SUPPORTED else DEFAULT_LANGUAGE


def generation() -> int:
    return _generation


def current_language() -> str:
    return _current


def qm_path(language: str = DEFAULT_LANGUAGE) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{language}.qm"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the app's and Qt's catalogues for `language`; return the language used."""
    global _generation, _current  # noqa: PLW0603 - see above
    remove_translators(app)
    language = language or chosen_language()
    _current = language
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                               else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    if language == "en":
        _generation += 1
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"{CATALOGUE}_{language}", str(I18N_DIR)),
                         (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _generation += 1
    return language


def remove_translators(app: QCoreApplication) -> None:
    global _generation, _current  # noqa: PLW0603 - see above
    _generation += 1
    _current = "en"
    while _installed:
        app.removeTranslator(_installed.pop())
