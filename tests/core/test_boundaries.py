"""The layers stay apart: the core imports no Qt and no unencrypted sqlite3; the vault
gateway knows none of the services above it; the GUI and the CLI reach the case file
only through the front door (app.casefile.CaseFile), never the gateway underneath."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
UI = ROOT / "ui"
# The services; only the front door (and the services themselves) may build them.
SERVICES = {"CaseRepository", "PeopleRepository", "TimelineRepository", "SearchService",
            "EvidenceStore", "CaseWork", "Letters", "Handover", "AuditTrail"}
# What belongs to the gateway: its connection, raw SQL, transactions, the audit writer.
GATEWAY_ATTRIBUTES = {"conn", "query", "_gateway", "get_meta", "set_meta", "verify_audit"}


def _full_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _front_door_users() -> list[Path]:
    """The GUI and the CLI: they open the case file, they do not implement it."""
    return sorted([*UI.rglob("*.py"), *(APP / "cli").rglob("*.py")])


def _gateway_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        parsed_argument = isinstance(node, ast.Attribute) and \
            isinstance(node.value, ast.Name) and node.value.id == "args"  # argparse's
        if isinstance(node, ast.Attribute) and node.attr in GATEWAY_ATTRIBUTES and \
                not parsed_argument:
            found.append(f"{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Attribute) and node.attr == "record" and \
                isinstance(node.value, ast.Attribute) and node.value.attr == "audit":
            found.append(f"{node.lineno}: .audit.record")
        elif isinstance(node, ast.withitem) and isinstance(node.context_expr, ast.Call) and \
                isinstance(node.context_expr.func, ast.Attribute) and \
                node.context_expr.func.attr == "write":
            found.append(f"{node.context_expr.lineno}: with .write()")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in SERVICES:
            found.append(f"{node.lineno}: {node.func.id}(...)")
    return found


def test_gui_and_cli_never_touch_the_gateway() -> None:
    offenders = {str(path.relative_to(ROOT)): uses for path in _front_door_users()
                 if (uses := _gateway_uses(path))}
    assert offenders == {}


def test_gui_and_cli_do_not_import_the_gateway() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(bad) for path in _front_door_users()
        if (bad := {m for m in _full_imports(path) if m == "app.vault" or
                    m.startswith("app.vault.")})
    }
    assert offenders == {}


def test_the_gateway_knows_no_service() -> None:
    services = ("app.cases", "app.people", "app.timeline", "app.search", "app.evidence",
                "app.casework", "app.letters", "app.dossier", "app.casefile", "app.verify",
                "app.audit_trail")
    offenders = {
        str(path.relative_to(ROOT)): sorted(bad) for path in (APP / "vault").rglob("*.py")
        if (bad := {m for m in _full_imports(path)
                    if any(m == s or m.startswith(s + ".") for s in services)})
    }
    assert offenders == {}


def test_the_boundary_checks_would_catch_a_violation(tmp_path: Path) -> None:
    """The checks above pass because the code is clean, not because they see nothing."""
    bad = tmp_path / "bad.py"
    bad.write_text("from app.vault import Vault\n"
                   "def f(v):\n"
                   "    with v._gateway.write() as tx:\n"
                   "        v.audit.record(tx, 'x')\n"
                   "    return EvidenceStore(v), v.conn, v.query('SELECT 1')\n",
                   encoding="utf-8")
    uses = _gateway_uses(bad)
    assert {u.split(": ", 1)[1] for u in uses} >= {
        "._gateway", "with .write()", ".audit.record", "EvidenceStore(...)", ".conn", ".query"}
    assert "app.vault" in _full_imports(bad)


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
