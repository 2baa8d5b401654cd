"""pestdossier-cli as a script writer meets it: a fast --help, Dutch argument errors,
a quiet end when the reader closes the pipe, and no silently missing folders."""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.cli.argparse_nl import DUTCH, DUTCH_PLURAL
from app.cli.main import main
from app.cli.parser import command_targets, resolve
from app.version import _scan_project_version
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "reportlab", "sqlcipher3", "PIL", "pikepdf", "app.vault", "app.evidence",
         "app.dossier")
ENGLISH = ("usage:", "positional arguments", "options:", "show this help message",
           "show program's version", "invalid choice", "invalid int value", "choose from",
           "the following arguments are required", "unrecognized arguments", "expected one",
           "argument ", "error:")


def run_cli(*args: str, stdin: str = "", stdout: int | None = subprocess.PIPE
            ) -> subprocess.CompletedProcess[str]:
    """The real console entry, from this checkout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], cwd=ROOT, env=env,
                          input=stdin, stdout=stdout, stderr=subprocess.PIPE, text=True,
                          timeout=60, check=False)


@pytest.fixture
def vault_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> str:
    """A vault with one case, one person and one entry, made through the CLI itself."""
    path = str(tmp_path / "k.pestdossier")

    def cli(*args: str) -> str:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        assert main([*args, "--password-stdin"]) == 0
        return capsys.readouterr().out

    cli("init", path)
    ref = cli("add-case", path, "--title", "Klassenapp", "--kind", "pesten").strip()
    cli("add-person", path, ref, "--name", "Sem", "--role", "gepeste")
    cli("add-entry", path, ref, "--kind", "gesprek", "--text", "Eerste gesprek")
    return path


# ------------------------------------------------------------------ fast --version / --help
@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["todo", "--help"],
                                  ["dossier", "--help"], ["import", "--help"]])
def test_version_and_help_import_nothing_heavy(argv: list[str]) -> None:
    probe = ("import json, sys\nfrom app.cli.main import main\n"
             f"try:\n    main({argv!r})\nexcept SystemExit as exc:\n    assert exc.code == 0\n"
             "print(json.dumps(sorted(sys.modules)))\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    modules = json.loads(result.stdout.splitlines()[-1])
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []
    assert not [m for m in modules if m.endswith("_commands") or m == "app.cli.commands"]


def test_every_subcommand_runs_a_command_function() -> None:
    targets = command_targets()
    assert len(targets) >= 19
    for name, target in targets.items():
        function = resolve(target)
        assert callable(function) and function.__name__.startswith("cmd_"), name


# ------------------------------------------------------------------ Dutch help and errors
@pytest.mark.parametrize("argv", [["--help"], ["todo", "--help"], ["dossier", "-h"]])
def test_help_is_dutch(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: pestdossier-cli")
    assert "\nargumenten:\n" in out and "\nopties:\n" in out
    assert "toon deze hulp en stop" in out
    assert [phrase for phrase in ENGLISH if phrase in out] == []
    if argv == ["--help"]:
        assert "toon het versienummer en stop" in out
        # `evidence list` and its siblings are listed in `evidence --help` (next test)
        assert all(name.split()[0] in out for name in command_targets())


def test_a_group_lists_its_subcommands_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["evidence", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: pestdossier-cli evidence")
    nested = [name.split()[1] for name in command_targets() if name.startswith("evidence ")]
    assert nested == ["list", "show", "set", "export", "link", "unlink", "withdraw"]
    assert all(f"    {name} " in out for name in nested)
    assert [phrase for phrase in ENGLISH if phrase in out] == []


@pytest.mark.parametrize(("args", "dutch"), [
    (("verwijder",), "onbekende keuze 'verwijder'; kies uit 'init', "),
    ((), "deze argumenten ontbreken: OPDRACHT"),
    (("todo",), "deze argumenten ontbreken: KLUIS"),
    # add-case may leave out --kind now (the kind follows from --marks): --name is required
    (("add-person", "k.pestdossier", "2026-001", "--role", "pester"),
     "deze argumenten ontbreken: --name"),
    (("todo", "k.pestdossier", "--days", "veel"), "--days: 'veel' is geen geheel getal"),
    (("dossier", "k.pestdossier", "2026-001", "--for", "krant", "-o", "x.pdf"),
     "--for: onbekende keuze 'krant'; kies uit 'coordinator', 'police', 'summary'"),
    (("cases", "k.pestdossier", "teveel"), "onbekende argumenten: teveel"),
    (("todo", "k.pestdossier", "--days"), "--days: hier hoort één waarde bij"),
    (("cases", "k.pestdossier", "--json=ja"), "--json: hier hoort geen waarde bij ('ja')"),
])
def test_argument_errors_are_one_dutch_line(args: tuple[str, ...], dutch: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n")
    assert result.stderr.startswith("pestdossier-cli") and "ongeldige opdracht: " in result.stderr
    assert dutch in result.stderr, result.stderr
    assert [phrase for phrase in ENGLISH if phrase in result.stderr] == [], result.stderr


def test_argparse_texts_users_can_meet_are_all_translated() -> None:
    """A newer Python with new argparse texts fails here, not in front of a user."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    texts: dict[str, set[str]] = {"_": set(), "ngettext": set()}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in texts and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            texts[node.func.id].add(node.args[0].value)
    wrongly_defined_parser = {  # mistakes in our own definitions; tests would catch them
        ".__call__() not defined", "conflicting subparser: %s",
        "conflicting subparser alias: %s", "cannot merge actions - two groups are named %r",
        "'required' is an invalid argument for positionals",
        "dest= is required for options like %r", "invalid conflict_resolution value: %r",
        "conflicting option string: %s", "mutually exclusive arguments must be optional",
        "cannot have multiple subparser arguments", "%r is not callable",
        'argument "-" with mode %r',
        "invalid option string %(option)r: must start with a character %(prefix_chars)r"}
    assert len(texts["_"]) > 20  # the scan found argparse's texts
    assert texts["_"] - set(DUTCH) - wrongly_defined_parser == set()
    assert texts["ngettext"] - set(DUTCH_PLURAL) - wrongly_defined_parser == set()


def test_other_parsers_keep_their_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    assert "usage:" in argparse.ArgumentParser(prog="x").format_help()


# ------------------------------------------------------------------ a closed pipe
@pytest.mark.parametrize("command", [["todo", "{v}"], ["cases", "{v}"], ["show", "{v}", "REF"],
                                     ["show", "{v}", "REF", "--json"], ["search", "{v}", "x"],
                                     ["--help"], ["todo", "--help"], ["--version"]])
def test_a_closed_pipe_ends_quietly(vault_file: str, command: list[str]) -> None:
    """As `pestdossier-cli todo KLUIS | head -1`, with the reader gone before the first line."""
    ref = _first_reference(vault_file)
    args = [a.format(v=vault_file).replace("REF", ref) for a in command]
    if "{v}" in command:
        args.append("--password-stdin")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = run_cli(*args, stdin=PASSWORD + "\n", stdout=write_end)
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (0, "")


def _first_reference(vault_file: str) -> str:
    result = run_cli("cases", vault_file, "--password-stdin", "--json", stdin=PASSWORD + "\n")
    return str(json.loads(result.stdout)[0]["reference"])


# ------------------------------------------------------------------ missing folders
def test_a_missing_protocol_folder_is_an_error(tmp_path: Path, vault_file: str) -> None:
    for args in (["protocols", "--protocol-dir", "/nope"],
                 ["todo", vault_file, "--password-stdin", "--protocol-dir",
                  str(tmp_path / "weg")]):
        result = run_cli(*args, stdin=PASSWORD + "\n")
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and "bestaat niet" in result.stderr
    result = run_cli("protocols", "--protocol-dir", vault_file)
    assert result.returncode == 1 and "is geen map" in result.stderr


def test_init_and_demo_create_no_folders(tmp_path: Path) -> None:
    for command in ("init", "demo"):
        target = tmp_path / "tikfout" / "k.pestdossier"
        result = run_cli(command, str(target), "--password-stdin", stdin=PASSWORD + "\n")
        assert result.returncode == 1
        assert result.stderr == f"pestdossier-cli: De map '{target.parent}' bestaat niet.\n"
        assert not target.parent.exists()


def test_dossier_with_a_package_in_a_missing_folder_writes_nothing(
        tmp_path: Path, vault_file: str) -> None:
    pdf = tmp_path / "dossier.pdf"
    result = run_cli("dossier", vault_file, _first_reference(vault_file), "--for", "police",
                     "-o", str(pdf), "--package", str(tmp_path / "weg" / "bewijs.zip"),
                     "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "bestaat niet" in result.stderr
    assert not pdf.exists()


@pytest.mark.parametrize("args", [["import", "{v}", "REF", "{missing}"],
                                  ["import-chat", "{v}", "REF", "{missing}"],
                                  ["check-export", "{v}", "{missing}"],
                                  ["cases", "{missing}"]])
def test_a_missing_input_file_is_an_error(tmp_path: Path, vault_file: str,
                                          args: list[str]) -> None:
    ref = _first_reference(vault_file)
    missing = str(tmp_path / "weg.bestand")
    filled = [a.format(v=vault_file, missing=missing).replace("REF", ref) for a in args]
    result = run_cli(*filled, "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "bestaat niet" in result.stderr


# ------------------------------------------------------------------ the version, read cheaply
def test_version_scan_matches_tomllib() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert _scan_project_version(text) == tomllib.loads(text)["project"]["version"]
    assert _scan_project_version('[tool.x]\nversion = "9"\n[project]\nversion = "1.2"\n') == "1.2"
    assert _scan_project_version("[project]\nversion = '1.2'\n") is None  # tomllib reads it
