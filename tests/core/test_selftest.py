"""The core self-test: passes on a source checkout, names what is missing, and keeps
its throwaway vault out of the user's folders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import selftest
from app.selftest import collect, run_selftest


def test_passes_on_a_source_checkout(tmp_path: Path) -> None:
    report = collect(tmp_path)
    assert report.problems == []
    text = "\n".join(report.checked)
    for expected in ("SQLCipher", "protocollen", "vertaling", "pictogrammen", "reportlab",
                     "briefsjablonen", "dossier-PDF", "als bewijs B1", "kluis gemaakt",
                     "opnieuw geopend"):
        assert expected in text
    # the throwaway vault and its folder are gone afterwards
    assert list(tmp_path.iterdir()) == []


def test_never_uses_the_users_data_folder(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name))
    assert run_selftest(tmp_path / "work") == []
    assert not home.exists()


def test_names_missing_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    (empty / "resources").mkdir(parents=True)
    monkeypatch.setattr(selftest, "resources_root", lambda: empty / "resources")
    monkeypatch.setattr(selftest, "resource_path",
                        lambda *parts: empty.joinpath("resources", *parts))
    problems = run_selftest(tmp_path / "work")
    joined = "\n".join(problems)
    assert "protocollen ontbreken" in joined
    assert "vertaling ontbreekt: i18n/pestdossier_nl.qm" in joined
    assert "pictogrammen ontbreken: pestdossier.png" in joined
    assert "briefsjablonen ontbreken of kloppen niet: brief_ouders_gepeste" in joined


def test_names_a_single_missing_icon_and_a_damaged_translation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = selftest.resource_path

    def fake(*parts: str) -> Path:
        if parts == ("icons", "pestdossier.ico"):
            return tmp_path / "nowhere.ico"
        if parts == ("i18n", "pestdossier_nl.qm"):
            bad = tmp_path / "bad.qm"
            bad.write_bytes(b"not a qm file at all")
            return bad
        return real(*parts)

    monkeypatch.setattr(selftest, "resource_path", fake)
    problems = run_selftest(tmp_path / "work")
    assert "pictogrammen ontbreken: pestdossier.ico" in problems
    assert "vertaling beschadigd: i18n/pestdossier_nl.qm" in problems


def test_names_missing_reportlab_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "REPORTLAB_FONTS", ("Vera.ttf", "Verdwenen.ttf"))
    report = selftest.SelftestReport()
    selftest.check_fonts(report)
    assert len(report.problems) == 1 and "Verdwenen.ttf" in report.problems[0]


def test_a_missing_core_module_is_named_as_a_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle without part of the core must fail its self-test, naming the error."""
    monkeypatch.setitem(sys.modules, "app.casefile", None)   # import now fails
    report = collect(tmp_path)
    assert any("kluis: onverwachte fout" in p and "app.casefile" in p for p in report.problems)
    assert any("SQLCipher" in c for c in report.checked)   # the other checks still ran


def test_a_failing_check_does_not_stop_the_others(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(report: selftest.SelftestReport) -> None:
        raise OSError("kapot")

    monkeypatch.setattr(selftest, "check_sqlcipher", broken)
    report = collect(tmp_path)
    assert report.problems == ["SQLCipher: onverwachte fout OSError: kapot"]
    assert any("opnieuw geopend" in c for c in report.checked)
