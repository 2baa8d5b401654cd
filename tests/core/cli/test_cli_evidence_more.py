"""pestdossier-cli evidence list|show|set|export|link|unlink, through the real entry."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.evidence import EvidenceMetadata
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault

CONTENT = b"Jij hoort er niet bij. Niemand wil je hier.\n"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, str, Path]:
    folder = tmp_path_factory.mktemp("evidence")
    path, cli = new_vault(folder)
    source = folder / "bericht.txt"
    source.write_bytes(CONTENT)
    with CaseFile.create(path, PASSWORD, counsellor="T. Tester") as vault:
        case = vault.cases.create(NewCase("Klassenapp", CaseKind.ONLINE_PESTEN,
                                          vault.clock.today_local()))
        vault.people.add_new_to_case(case.id, "Daan", Role.PESTER, "6B")
        vault.timeline.add(case.id, EntryKind.INCIDENT, "Bericht in de groepsapp",
                           vault.clock.now())
        vault.evidence.import_file(case.id, source,
                                   metadata=EvidenceMetadata(platform="WhatsApp"))
    return cli, case.reference, folder


def test_list_and_show(made: tuple[RealCli, str, Path]) -> None:
    cli, ref, _folder = made
    [item] = cli.json("evidence", "list", ref)
    assert (item["label"], item["sha256"]) == ("B1", hashlib.sha256(CONTENT).hexdigest())
    assert item["metadata"]["platform"] == "WhatsApp" and item["original_name"] == "bericht.txt"
    assert "B1   document" in cli.ok("evidence", "list", ref)
    shown = cli.json("evidence", "show", ref, "b1")
    assert [e["action"] for e in shown["history"]] == ["evidence.imported"]
    assert [v["version"] for v in shown["metadata_versions"]] == [1]
    out = cli.ok("evidence", "show", ref, "1")
    assert f"SHA-256: {item['sha256']}" in out and "Platform: WhatsApp" in out
    cli.fails("evidence", "show", ref, "B7", message="heeft geen bewijsstuk 'B7'")


def test_set_stores_a_new_metadata_version(made: tuple[RealCli, str, Path]) -> None:
    cli, ref, _folder = made
    data = cli.json("evidence", "set", ref, "B1", "--url", "https://chat.example/1",
                    "--url", "https://chat.example/2", "--account", "@daan_06=Daan",
                    "--shown-at", "vr 21:14", "--description", "Bericht aan Sem",
                    "--action", "geblokkeerd", "--action", "gemeld-bij-platform")
    meta = data["metadata"]
    assert data["metadata_version"] == 2
    assert meta["platform"] == "WhatsApp"  # not given, so kept
    assert meta["urls"] == ["https://chat.example/1", "https://chat.example/2"]
    assert meta["accounts"] == [{"handle": "@daan_06", "display_name": "Daan",
                                 "platform": "WhatsApp"}]
    assert meta["actions"] == ["geblokkeerd", "gemeld-bij-platform"]
    assert "versie 3" in cli.ok("evidence", "set", ref, "B1", "--url", "")
    shown = cli.json("evidence", "show", ref, "B1")
    assert shown["metadata"]["urls"] == [] and shown["metadata"]["shown_at"] == "vr 21:14"
    assert [v["metadata"]["urls"] for v in shown["metadata_versions"]][1] == [
        "https://chat.example/1", "https://chat.example/2"]
    cli.fails("evidence", "set", ref, "B1", "--action", "verwijderd", message="kies uit")
    cli.fails("evidence", "set", ref, "B1", message="minstens één veld")


def test_export_writes_the_original_and_audits_it(made: tuple[RealCli, str, Path]) -> None:
    cli, ref, folder = made
    target = folder / "uit" / "origineel.txt"
    cli.fails("evidence", "export", ref, "B1", "-o", str(target), message="bestaat niet")
    target.parent.mkdir()
    data = cli.json("evidence", "export", ref, "B1", "-o", str(target))
    assert data["path"] == str(target) and target.read_bytes() == CONTENT
    history = cli.json("evidence", "show", ref, "B1")["history"]
    assert history[-1]["action"] == "evidence.exported"
    assert history[-1]["details"]["file_name"] == "origineel.txt"


def test_link_and_unlink(made: tuple[RealCli, str, Path]) -> None:
    cli, ref, _folder = made
    entry = cli.json("timeline", ref)[0]["id"]
    data = cli.json("evidence", "link", ref, "B1", "--person", "Daan", "--relation", "afzender")
    assert data["linked_people"] == [{"name": "Daan", "relation": "afzender"}]
    assert cli.json("evidence", "link", ref, "B1", "--entry", str(entry))["linked_entries"] == [
        entry]
    assert "losgemaakt van Daan" in cli.ok("evidence", "unlink", ref, "B1", "--person", "Daan")
    cli.fails("evidence", "link", ref, "B1", message="--entry of --person")
