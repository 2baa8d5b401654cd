"""The yearly figures from a generated school with known numbers (school_vault.py):
every count and median, the small-number rule in every export, no canary anywhere, the
audit record of each export, an empty year."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.casefile import CaseFile
from app.casework.progress import build_schedule, followup_items, load_case_data
from app.yearly import custom_period, school_year
from app.yearly.csv_export import csv_lines
from app.yearly.period import parse_month
from tests.core.yearly.school_vault import CANARIES, fill_school

H, V = "minder dan 5", "verborgen"
EXPECTED = {
    ("totaal", "meldingen"): "24", ("totaal", "dossiers"): "24",
    ("soort", "pesten"): "10", ("soort", "online-pesten"): "6", ("soort", "plagen"): V,
    ("soort", "conflict"): H, ("soort", "incident"): "0", ("soort", "totaal"): "24",
    # the intake: a case may have several forms; the conflicts predate it (3: "<5")
    ("vorm", "woorden"): "21", ("vorm", "buitensluiten"): "10", ("vorm", "digitaal"): "6",
    ("vorm", "lichamelijk"): "0", ("vorm", "niet-vastgelegd"): H, ("vorm", "totaal"): "24",
    ("gemeld_hoe", "gesprek"): "10", ("gemeld_hoe", "e-mail"): "6",
    ("gemeld_hoe", "waargenomen"): V, ("gemeld_hoe", "niet-vastgelegd"): H,
    ("gemeld_hoe", "telefoon"): "0", ("gemeld_hoe", "totaal"): "24",
    # follow-ups (school_vault.FOLLOWUP_PLAN), by hand. Case 6: 6 on time. Case 7: 2d late,
    # 1w on time, 1m lapsed, 3m on time (26 Dec within the week), 6m late (30 Mar),
    # 9m lapsed. Case 8: 6 lapsed. Case 9: 2d cancelled (not counted), 1w late, 1m and
    # the three monitorings on time. Cases 0 and 1 closed 10 Oct: only 2d and 1w count;
    # case 0: on time + lapsed, case 1: both late.
    ("vervolg", "op-tijd"): "13", ("vervolg", "te-laat"): "5", ("vervolg", "verlopen"): "9",
    ("vervolg", "totaal"): "27",
    ("platform", "instagram"): "6", ("platform", "totaal"): "6",
    ("gemeld_door", "leerling"): "10", ("gemeld_door", "ouder"): "6",
    ("gemeld_door", "medewerker"): V, ("gemeld_door", "anoniem"): H,
    ("protocol", "zesstappenplan"): "10", ("protocol", "geen-protocol"): "14",
    ("uitkomst", "gestopt"): "6", ("uitkomst", "verminderd"): "5", ("uitkomst", "open"): "13",
    ("urgentie", "normaal"): "19", ("urgentie", "acuut"): "5", ("urgentie", "hoog"): "0",
    ("kenmerken", "open-einde"): "13", ("kenmerken", "teruggekomen"): "0",
    ("kenmerken", "strafbare-feiten"): "5", ("kenmerken", "politie"): "5",
    ("strafbaar_feit", "bedreiging"): "5",
    ("per_maand", "2025-09"): "10", ("per_maand", "2025-10"): "6",
    ("per_maand", "2025-11"): V, ("per_maand", "2026-01"): H, ("per_maand", "totaal"): "24",
    ("per_maand_vorig_jaar", "2024-10"): "5",
    ("eerste_actie", "0-7"): "15", ("eerste_actie", "mediaan"): "2",
    ("eerste_actie", "kortste"): "2", ("eerste_actie", "langste"): "4",
    ("afsluiten", "8-14"): "5", ("afsluiten", "15-30"): "6", ("afsluiten", "totaal"): "11",
    ("afsluiten", "mediaan"): "30", ("afsluiten", "kortste"): "10",
    ("afsluiten", "langste"): "30",
}
SMALL = re.compile(r"[1-4]")


@pytest.fixture
def school(vault: CaseFile) -> CaseFile:
    fill_school(vault)
    return vault


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_every_count_and_median_is_the_expected_one(school: CaseFile) -> None:
    stats = school.statistics.compute(school_year(2025))
    found = {(t, k): n for t, k, _, n in csv_lines(stats.report)}
    assert {key: found.get(key) for key in EXPECTED} == EXPECTED
    assert stats.report.schools == ("De Kanarieschool",)
    assert len(stats.cases_behind("soort", "conflict")) == 3  # the window may drill down


def test_groups_only_when_asked_and_never_in_the_board_file(school: CaseFile,
                                                            tmp_path: Path) -> None:
    plain = school.statistics.compute(school_year(2025))
    assert "groep" not in {t.key for t in plain.report.tables}
    with_groups = school.statistics.compute(school_year(2025), include_groups=True)
    assert with_groups.report.table("groep").count("7A").low == 15
    board = school.statistics.export_board_file(with_groups, tmp_path / "b.json")
    data = json.loads(board.read_text(encoding="utf-8"))
    assert "groep" not in data["tables"] and "7A" not in board.read_text(encoding="utf-8")


def test_exports_hold_no_small_count_and_no_canary(school: CaseFile, tmp_path: Path) -> None:
    stats = school.statistics.compute(school_year(2025), include_groups=True)
    pdf = school.statistics.export_pdf(stats, tmp_path / "jaarverslag.pdf")
    csv = school.statistics.export_csv(stats, tmp_path / "jaarverslag.csv")
    board = school.statistics.export_board_file(stats, tmp_path / "bestuur.json")
    texts = {"pdf": _pdf_text(pdf), "csv": csv.read_text(encoding="utf-8-sig"),
             "board": board.read_text(encoding="utf-8")}
    for name, text in texts.items():
        assert [c for c in CANARIES if c.lower() in text.lower()] == [], name
    counts = [line.rsplit(";", 1)[1] for line in texts["csv"].splitlines()[1:]
              if line.split(";")[1] not in {"mediaan", "kortste", "langste"}]  # days
    assert [c for c in counts if c in {"1", "2", "3", "4"}] == []
    board_counts = re.findall(r'"(?:count|total|meldingen|cases)": (\d+)', texts["board"])
    assert [c for c in board_counts if 0 < int(c) < 5] == []
    lone = [line for line in texts["pdf"].splitlines() if SMALL.fullmatch(line.strip())]
    assert lone == []  # a table cell, bar label or axis tick from 1 to 4


def test_every_export_is_in_the_audit_log(school: CaseFile, tmp_path: Path) -> None:
    stats = school.statistics.compute(school_year(2025))
    school.statistics.export_csv(stats, tmp_path / "a.csv")
    school.statistics.export_board_file(stats, tmp_path / "a.json")
    entries = [e for e in school.audit.entries() if e.action == "report.exported"]
    assert [(e.details["kind"], e.details["period"]) for e in entries] == [
        ("csv", "2025-2026"), ("bestuur", "2025-2026")]


def test_an_empty_year_says_so(vault: CaseFile, tmp_path: Path) -> None:
    stats = vault.statistics.compute(school_year(2030))
    assert stats.report.cases.high == 0 and stats.report.previous_months is None
    pdf = vault.statistics.export_pdf(stats, tmp_path / "leeg.pdf")
    assert "geen meldingen vastgelegd" in _pdf_text(pdf)


def test_a_custom_period_counts_whole_months(school: CaseFile) -> None:
    period = custom_period(parse_month("2025-10"), parse_month("2025-11"))
    stats = school.statistics.compute(period)
    assert stats.report.cases.low == 11 and period.label == "2025-10 t/m 2025-11"


def test_the_followups_alone_are_the_schedules_followups(school: CaseFile) -> None:
    """The yearly figures skip the step states: the follow-ups must be the same ones."""
    registry = school.casework.registry
    data = load_case_data(school._gateway)   # the engine's own input
    with_followups = 0
    for day in (date(2025, 9, 25), date(2026, 7, 31)):
        for item in data.values():
            work = build_schedule(registry, item, day)
            expected = work.followups if work else ()
            assert followup_items(registry, item, day) == expected
            with_followups += bool(expected)
    assert with_followups == 12   # the six cases with a joint talk, on both days
