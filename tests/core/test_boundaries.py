"""The core stays headless: nothing under app/ imports Qt or the unencrypted sqlite3."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_or_plain_sqlite_in_core() -> None:
    offenders = {
        str(path.relative_to(APP.parent)): sorted(bad)
        for path in APP.rglob("*.py")
        if (bad := _imports(path) & {"PySide6", "PyQt5", "PyQt6", "shiboken6", "sqlite3"})
    }
    assert offenders == {}


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(APP.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in APP.rglob("*.py")
    )
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=APP.parent)
