"""The board file: its schema (docs/board-file.md), merging three schools, the
small-number rule after combining, and the files a board must not merge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.casefile import CaseFile
from app.errors import InvalidInputError
from app.yearly import school_year
from app.yearly.board import SCHEMA, SCHEMA_VERSION, board_dict, merge, parse_board
from app.yearly.csv_export import csv_lines
from tests.core.yearly.school_vault import fill_school

DOC = Path(__file__).resolve().parents[3] / "docs" / "board-file.md"


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from tests.conftest import PASSWORD

    path = tmp_path_factory.mktemp("board") / "k.pestdossier"
    with CaseFile.create(path, PASSWORD, check_strength=False) as cf:
        fill_school(cf)
        return board_dict(cf.statistics.compute(school_year(2025)).report)


def _school(board: dict[str, Any], name: str) -> dict[str, Any]:
    return {**json.loads(json.dumps(board)), "school": name}


def _refused(data: Any, code: str) -> str:
    with pytest.raises(InvalidInputError) as caught:
        parse_board(data, "school.json")
    assert caught.value.code == code
    return caught.value.message


def test_the_file_follows_its_documented_schema(board: dict[str, Any]) -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert board["schema"] == SCHEMA and board["schema_version"] == SCHEMA_VERSION
    assert [key for key in board if f"`{key}`" not in doc] == []
    for table in [*board["tables"].values(), board["months"], *board["durations"].values()]:
        assert set(table) == {"total", "additive", "recorded", "rows"}
        for row in table["rows"]:
            assert set(row) <= {"key", "count", "label"}
            assert row["count"] in ("<5", "verborgen") or (
                isinstance(row["count"], int) and (row["count"] == 0 or row["count"] >= 5))
    assert [f"`{key}`" for key in board["tables"] if f"`{key}`" not in doc] == []
    assert parse_board(board, "school.json").cases.low == 24


def test_three_schools_add_up(board: dict[str, Any]) -> None:
    reports = [parse_board(_school(board, n), f"{n}.json") for n in ("A", "B", "C")]
    merged = merge(reports)
    found = {(t, k): n for t, k, _, n in csv_lines(merged)}
    assert merged.schools == ("A", "B", "C") and merged.period.school_year == "2025-2026"
    assert found[("totaal", "dossiers")] == "72" and found[("totaal", "meldingen")] == "72"
    assert found[("soort", "pesten")] == "30" and found[("soort", "online-pesten")] == "18"
    assert found[("uitkomst", "open")] == "39" and found[("eerste_actie", "0-7")] == "45"
    assert found[("vorm", "woorden")] == "63" and found[("gemeld_hoe", "gesprek")] == "30"
    assert found[("vervolg", "op-tijd")] == "39"
    # each school hid 3 conflicts as "<5" (1 to 4): the sum is 3 to 12, never a small number
    assert found[("soort", "conflict")] == "minder dan 13"
    assert found[("soort", "plagen")] == "15 tot 72"   # hidden for another's sake: 5 or more


def test_a_small_sum_after_combining_is_hidden_again(board: dict[str, Any]) -> None:
    one = _school(board, "A")
    one["tables"]["soort"]["rows"][4]["count"] = 0   # incident
    two = _school(board, "B")
    merged = merge([parse_board(one, "a"), parse_board(two, "b")])
    shown = {(t, k): n for t, k, _, n in csv_lines(merged)}
    assert shown[("soort", "incident")] == "0"
    assert shown[("soort", "conflict")] == "minder dan 9"


def test_another_schema_version_is_refused(board: dict[str, Any]) -> None:
    text = _refused({**board, "schema_version": 99}, "cli.board_wrong_version")
    assert "schemaversie 99" in text and "school.json" in text
    _refused({"schema": "iets anders"}, "cli.board_wrong_schema")


@pytest.mark.parametrize(("edit", "field"), [
    (lambda b: b["tables"]["soort"]["rows"][0].update(count=3), "tables.soort.rows[0].count"),
    (lambda b: b["tables"]["soort"]["rows"][0].update(count="veel"),
     "tables.soort.rows[0].count"),
    (lambda b: b.pop("cases"), "cases"),
    (lambda b: b["period"].update({"from": "augustus"}), "period.from"),
    (lambda b: b["tables"]["soort"].pop("additive"), "tables.soort.additive"),
])
def test_a_hand_edited_file_names_the_wrong_field(board: dict[str, Any], edit: Any,
                                                  field: str) -> None:
    data = _school(board, "A")
    edit(data)
    assert f"'{field}'" in _refused(data, "cli.board_field_invalid")


def test_two_years_are_refused_unless_allowed(board: dict[str, Any]) -> None:
    later = _school(board, "B")
    later.update(school_year="2026-2027", period={"from": "2026-08", "to": "2027-07"})
    reports = [parse_board(_school(board, "A"), "a"), parse_board(later, "b")]
    with pytest.raises(InvalidInputError) as caught:
        merge(reports)
    assert "--allow-mixed-years" in caught.value.message
    assert merge(reports, allow_mixed_years=True).cases.low == 48
