"""Translations: `update` extracts the tr() strings of ui/ into the Dutch .ts (keeping
existing translations), `build` compiles the .ts into the .qm the app loads.

    python tools/i18n.py update   # after changing UI strings; then translate in Linguist
    python tools/i18n.py build    # before committing; a test checks the .qm is fresh
    python tools/i18n.py merge nl.json   # update + fill translations from a JSON file + build

`merge` takes {"Context": {"English source": "Nederlandse vertaling"}} (or a flat
{"English source": "vertaling"} applied to every context) and runs under a file lock,
so several people adding strings at once do not overwrite each other's work.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
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


@contextlib.contextmanager
def _exclusive() -> Iterator[None]:
    with (I18N_DIR / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def fill_translations(ts_file: Path, translations: dict[str, object]) -> list[str]:
    """Write translations into the .ts; return the sources still unfinished."""
    tree = ET.parse(ts_file)  # noqa: S314 - our own file
    flat = {k: v for k, v in translations.items() if isinstance(v, str)}
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        scoped = translations.get(name)
        per_context = scoped if isinstance(scoped, dict) else {}
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            wanted = per_context.get(source, flat.get(source))
            if wanted:
                translation.text = str(wanted)
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not translation.text:
                missing.append(f"{name}: {source}")
    ET.indent(tree, space="    ")
    tmp = ts_file.with_suffix(".ts.tmp")
    tree.write(tmp, encoding="utf-8", xml_declaration=True)
    tmp.replace(ts_file)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings from ui/ into the .ts files")
    sub.add_parser("build", help="compile the .ts files into .qm files")
    merge = sub.add_parser("merge", help="update, fill translations from JSON, build")
    merge.add_argument("json_file", type=Path)
    merge.add_argument("--language", default="nl")
    args = parser.parse_args(argv)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    if args.command == "merge":
        translations = json.loads(args.json_file.read_text(encoding="utf-8"))
        with _exclusive():
            lupdate(ts_path(args.language), args.language)
            missing = fill_translations(ts_path(args.language), translations)
            lrelease(ts_path(args.language), qm_path(args.language))
        for item in missing:
            print(f"untranslated: {item}")
        return 0
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
