"""One way to print a list in the CLI: JSON with --json, else a line each, or a sentence
that says there is nothing (app.cli.context.print_list)."""

from __future__ import annotations

import json

import pytest

from app.cli.context import print_list


def _print(items: list[int], as_json: bool) -> None:
    assert print_list(items, as_json=as_json, json_of=lambda n: {"nummer": n},
                      line_of=lambda n: f"regel {n}", empty="Nog niets.") == 0


def test_lines_json_and_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    _print([1, 2], as_json=False)
    assert capsys.readouterr().out == "regel 1\nregel 2\n"
    _print([1, 2], as_json=True)
    assert json.loads(capsys.readouterr().out) == [{"nummer": 1}, {"nummer": 2}]
    _print([], as_json=False)
    assert capsys.readouterr().out == "Nog niets.\n"
    _print([], as_json=True)
    assert json.loads(capsys.readouterr().out) == []
