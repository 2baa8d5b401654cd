"""pestdossier-cli: each subcommand's success and error paths."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[3]


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    return lambda *args, stdin=PASSWORD + "\n": run(monkeypatch, capsys, *args, stdin=stdin)


@pytest.fixture
def vault_file(tmp_path: Path, cli) -> str:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "k.pestdossier")
    assert cli("init", path, "--password-stdin", "--counsellor", "T. Tester")[0] == 0
    return path


def test_version() -> None:
    out = subprocess.run([sys.executable, "-m", "app.cli.main", "--version"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    from app import __version__

    assert out.strip() == f"pestdossier {__version__}"


def test_init_refuses_weak_password_and_existing_file(cli, tmp_path: Path, vault_file: str) -> None:
    code, _, err = cli("init", str(tmp_path / "zwak.pestdossier"), "--password-stdin",
                       stdin="kort\n")
    assert code == 1 and err.count("\n") == 1 and "12 tekens" in err
    code, _, err = cli("init", vault_file, "--password-stdin")
    assert code == 1 and "al een bestand" in err


def test_add_case_prints_reference_and_show(cli, vault_file: str) -> None:
    code, out, _ = cli("add-case", vault_file, "--password-stdin", "--title", "Uitgelachen",
                       "--kind", "online-pesten", "--description", "In de klassenapp",
                       "--group", "2B")
    assert code == 0
    ref = out.strip()
    assert ref.endswith("-001") and len(ref) == 8
    assert cli("add-person", vault_file, ref, "--password-stdin", "--name", "Sem Jansen",
               "--role", "gepeste", "--group", "2B")[0] == 0
    assert cli("add-entry", vault_file, ref, "--password-stdin", "--kind", "gesprek",
               "--text", "Eerste gesprek", "--occurred-at", "2026-11-20T14:05")[0] == 0
    assert cli("add-entry", vault_file, ref, "--password-stdin", "--kind", "incident",
               "--text", "Iets op het plein", "--occurred-at", "2026-11-18")[0] == 0
    code, out, _ = cli("show", vault_file, ref, "--password-stdin")
    assert "20 november 2026, 14:05  Gesprek: Eerste gesprek" in out
    assert "18 november 2026  Incident: Iets op het plein" in out
    assert "Sem Jansen (2B): Gepeste leerling" in out
    code, out, _ = cli("show", vault_file, ref, "--password-stdin", "--json")
    data = json.loads(out)
    assert data["kind"] == "online-pesten"
    assert [e["kind"] for e in data["entries"]] == ["incident", "gesprek"]
    assert data["people"] == [{"name": "Sem Jansen", "role": "gepeste", "group": "2B", "note": ""}]
    # where the case stands, as in the window's Overzicht: no protocol yet, no evidence
    assert data["overview"]["next_step"] is None and data["overview"]["evidence_count"] == 0
    assert cli("set-protocol", vault_file, ref, "zesstappenplan", "--password-stdin")[0] == 0
    code, out, _ = cli("show", vault_file, ref, "--password-stdin")
    assert "Fase: Zesstappenplan, 0 van 6 stappen gedaan" in out
    assert "Volgende stap: Signaleren en melden bij de mentor (" in out
    assert json.loads(cli("show", vault_file, ref, "--password-stdin", "--json")[1])[
        "overview"]["next_step"]["id"] == "signaleren"


def test_cases_list_filters_and_json(cli, vault_file: str) -> None:
    for title, kind in (("Eén", "pesten"), ("Twee", "conflict")):
        cli("add-case", vault_file, "--password-stdin", "--title", title, "--kind", kind)
    code, out, _ = cli("cases", vault_file, "--password-stdin", "--json")
    assert {c["title"] for c in json.loads(out)} == {"Eén", "Twee"}
    code, out, _ = cli("cases", vault_file, "--password-stdin", "--kind", "conflict")
    assert "Twee" in out and "Eén" not in out
    code, _, err = cli("cases", vault_file, "--password-stdin", "--status", "klaar")
    assert code == 1 and "kies uit" in err


def test_search(cli, vault_file: str) -> None:
    cli("add-case", vault_file, "--password-stdin", "--title", "Fietsband lek", "--kind", "pesten")
    code, out, _ = cli("search", vault_file, "fietsband", "--password-stdin")
    assert code == 0 and "Fietsband lek" in out
    code, out, _ = cli("search", vault_file, "niets-te-vinden", "--password-stdin")
    assert "Niets gevonden" in out
    code, out, _ = cli("search", vault_file, "fiets", "--password-stdin", "--json")
    assert json.loads(out)[0]["title"] == "Fietsband lek"


def test_verify_ok(cli, vault_file: str) -> None:
    code, out, _ = cli("verify", vault_file, "--password-stdin")
    assert code == 0 and "In orde" in out


def test_demo(cli, tmp_path: Path) -> None:
    path = str(tmp_path / "demo.pestdossier")
    code, out, _ = cli("demo", path, "--password-stdin")
    assert code == 0
    code, out, _ = cli("cases", path, "--password-stdin", "--json")
    assert 5 <= len(json.loads(out)) <= 8


def test_passwd(cli, vault_file: str) -> None:
    new = "Een ander sterk wachtwoord 2027!"
    code, _out, err = cli("passwd", vault_file, "--password-stdin", stdin=f"{PASSWORD}\n{new}\n")
    assert code == 0, err
    assert cli("cases", vault_file, "--password-stdin")[0] == 1
    assert cli("cases", vault_file, "--password-stdin", stdin=new + "\n")[0] == 0


@pytest.mark.parametrize(("args", "message"), [
    (("cases", "{v}", "--password-stdin"), "wachtwoord is onjuist"),
    (("show", "{v}", "2026-999", "--password-stdin"), "geen melding met kenmerk"),
    (("add-case", "{v}", "--password-stdin", "--title", "x", "--kind", "ruzie"), "kies uit"),
    (("add-person", "{v}", "2026-001", "--password-stdin", "--name", "A", "--role", "baas"),
     "kies uit"),
    (("add-entry", "{v}", "2026-001", "--password-stdin", "--kind", "gesprek", "--text", "t",
      "--occurred-at", "gisteren"), "geen geldige datum"),
    (("cases", "{missing}", "--password-stdin"), "bestaat niet"),
])
def test_errors_are_one_dutch_line(cli, vault_file: str, tmp_path: Path, args, message) -> None:
    stdin = "fout wachtwoord\n" if message == "wachtwoord is onjuist" else PASSWORD + "\n"
    if args[0] == "add-person" or "--occurred-at" in args:
        cli("add-case", vault_file, "--password-stdin", "--title", "x", "--kind", "pesten")
    filled = [a.format(v=vault_file, missing=tmp_path / "weg.pestdossier") for a in args]
    code, _out, err = cli(*filled, stdin=stdin)
    assert code != 0
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_no_password_without_terminal(cli, vault_file: str) -> None:
    code, _, err = cli("cases", vault_file, stdin="")
    assert code == 1 and "--password-stdin" in err


def test_usage_error_is_one_line() -> None:
    result = subprocess.run([sys.executable, "-m", "app.cli.main", "cases"], cwd=ROOT,
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_second_instance_gets_clear_message(tmp_path: Path, vault_file: str) -> None:
    from app.casefile import CaseFile

    with CaseFile.open(vault_file, PASSWORD):
        result = subprocess.run(
            [sys.executable, "-m", "app.cli.main", "cases", vault_file, "--password-stdin"],
            cwd=ROOT, input=PASSWORD + "\n", capture_output=True, text=True)
    assert result.returncode == 1
    assert "al geopend" in result.stderr
