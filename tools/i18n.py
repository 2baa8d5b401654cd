"""Translations: `update` extracts the tr() strings of ui/ into the Dutch .ts (keeping
existing translations), `build` compiles the .ts into the .qm the app loads.

    python tools/i18n.py update   # after changing UI strings; then translate in Linguist
    python tools/i18n.py build    # before committing; a test checks the .qm is fresh
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("nl",)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"pestdossier_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"pestdossier_{language}.qm"


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def lupdate(target: Path, language: str, *, no_obsolete: bool = True) -> None:
    """Extract the source strings of ui/ into `target`, keeping its translations."""
    command = [_tool("pyside6-lupdate"), *map(str, ui_sources()), "-ts", str(target),
               "-source-language", "en", "-target-language", language, "-locations",
               "relative"]
    if no_obsolete:
        command.append("-no-obsolete")
    subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)],  # noqa: S603
                   check=True, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings from ui/ into the .ts files")
    sub.add_parser("build", help="compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if args.command == "update":
            lupdate(ts_path(language), language)
            print(f"updated {ts_path(language).relative_to(ROOT)}")
        else:
            lrelease(ts_path(language), qm_path(language))
            print(f"built {qm_path(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
