"""Every pestdossier-cli subcommand answers in JSON with --json, and is documented in
--help (Dutch) and in the README's command-line section."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.parser import build_parser, command_targets
from tests.core.cli.real_cli import ROOT, RealCli, new_vault


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
            ) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _leaves(sub, (*path, name))
            return
    yield " ".join(path), parser


def test_every_subcommand_offers_json_and_a_dutch_description() -> None:
    leaves = dict(_leaves(build_parser()))
    assert sorted(leaves) == sorted(command_targets())
    assert [name for name, p in leaves.items()
            if not any("--json" in a.option_strings for a in p._actions)] == []
    english = re.compile(r"\b(the|show|list|of the|and)\b")
    assert [name for name, p in leaves.items()
            if not p.description or english.search(p.description)] == []
    unnamed = [f"{name} {a.option_strings[-1]}" for name, p in leaves.items()
               for a in p._actions if a.option_strings and a.nargs != 0
               and a.metavar is None and a.choices is None]
    assert unnamed == []  # argparse would show the English option name: --reason REASON


def test_the_readme_names_every_subcommand() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The command line"):readme.index("## Protocols")]
    assert [name for name in command_targets() if f"`{name}`" not in section] == []


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> RealCli:
    return new_vault(tmp_path_factory.mktemp("every"))[1]


def test_the_older_subcommands_answer_in_json(cli: RealCli, tmp_path: Path) -> None:
    assert cli.json("init", "--counsellor", "T. Tester")["counsellor"] == "T. Tester"
    case = cli.json("add-case", "--title", "Tas verstopt", "--kind", "pesten",
                    "--reported-on", "2026-11-02")
    assert (case["title"], case["status"], case["reported_on"]) == (
        "Tas verstopt", "nieuw", "2026-11-02")
    ref = case["reference"]
    assert cli.json("add-person", ref, "--name", "Noor", "--role", "gepeste") == {
        "name": "Noor", "role": "gepeste", "group": "", "note": ""}
    entry = cli.json("add-entry", ref, "--kind", "gesprek", "--text", "Eerste gesprek",
                     "--occurred-at", "2026-11-03T10:00")
    assert (entry["kind"], entry["occurred_at"]) == ("gesprek", "2026-11-03T09:00:00+00:00")
    assert cli.json("set-protocol", ref, "supportgroep")["id"] == "supportgroep"
    protocols = json.loads(cli.bare("protocols", "--json").stdout)
    assert {"supportgroep", "zesstappenplan", "vijf_bs"} <= {p["id"] for p in protocols}
    verified = cli.json("verify")
    assert (verified["ok"], verified["problems"]) == (True, [])
    pdf = tmp_path / "dossier.pdf"
    made = cli.json("dossier", ref, "--for", "coordinator", "-o", str(pdf),
                    "--exclude-entry", str(entry["id"]))
    assert made["pdf"]["pages"] >= 1 and made["package"] is None
    assert made["pdf"]["entries"] == 0  # the one entry was left out, as in the window
    found = cli.json("check-export", str(pdf))
    assert (found["exported"], found["case"], found["sha256"]) == (
        True, ref, made["pdf"]["sha256"])
    # after the dossier: the student's consent adds a timeline entry of its own
    condition = cli.json("record-condition", ref, "consent_gepeste", "--how", "mondeling",
                         "--at", "2026-11-03")
    assert (condition["key"], condition["how"]) == ("consent_gepeste", "mondeling")
