"""`stats` and `stats-merge` through the real console entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.casefile import CaseFile
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault
from tests.core.yearly.school_vault import fill_school


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> RealCli:
    path, real = new_vault(tmp_path_factory.mktemp("stats"))
    with CaseFile.create(path, PASSWORD, check_strength=False) as cf:
        fill_school(cf)
    return real


def test_stats_prints_and_writes_every_export(cli: RealCli, tmp_path: Path) -> None:
    lines = cli.json("stats", "--year", "2025-2026", "--pdf", str(tmp_path / "j.pdf"),
                     "--csv", str(tmp_path / "j.csv"),
                     "--board-file", str(tmp_path / "b.json"))
    shown = {(row["tabel"], row["sleutel"]): row["aantal"] for row in lines}
    assert shown[("soort", "pesten")] == "10" and shown[("soort", "conflict")] == "minder dan 5"
    assert (tmp_path / "j.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["cases"] == 24
    text = cli.ok("stats", "--from", "2025-10", "--to", "2025-11")
    assert "dossiers geopend in de periode: 11" in text


def test_stats_refuses_a_half_period_and_a_bad_year(cli: RealCli) -> None:
    cli.fails("stats", "--from", "2025-10", message="--from en --to allebei")
    cli.fails("stats", "--year", "2025", message="geen schooljaar")


def test_stats_merge_combines_and_refuses_another_version(cli: RealCli,
                                                          tmp_path: Path) -> None:
    board = tmp_path / "a.json"
    cli.ok("stats", "--year", "2025-2026", "--board-file", str(board))
    data = json.loads(board.read_text(encoding="utf-8"))
    files = []
    for name in ("b", "c"):
        files.append(tmp_path / f"{name}.json")
        files[-1].write_text(json.dumps({**data, "school": name}), encoding="utf-8")
    out = cli.bare("stats-merge", str(board), *map(str, files), "-o", str(tmp_path / "x.pdf"),
                   "--csv", str(tmp_path / "x.csv"))
    assert out.returncode == 0, out.stderr
    csv = (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    assert "soort;pesten;pesten;30" in csv and "totaal;dossiers;dossiers geopend in de periode;72" in csv
    # a file of the version before the intake (1) is another version now
    files[0].write_text(json.dumps({**data, "schema_version": 1}), encoding="utf-8")
    refused = cli.bare("stats-merge", str(board), str(files[0]), "-o", str(tmp_path / "y.pdf"))
    assert refused.returncode == 1 and "schemaversie 1" in refused.stderr
    assert not (tmp_path / "y.pdf").exists()
