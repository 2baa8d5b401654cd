"""pestdossier-cli on the identity register: identities, add-identity, remove-identity,
link-identity, who-is, and the "Wie is dit?" warning of a pseudonymised dossier."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.casefile import CaseFile
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault
from tests.leak_corpus import unregistered


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, str, Path]:
    folder = tmp_path_factory.mktemp("identities")
    path, cli = new_vault(folder)
    with CaseFile.create(path, PASSWORD) as vault:
        case = unregistered(vault)
        reference = vault.cases.get(case.case_id).reference
    return cli, reference, folder


def test_register_lists_people_and_who_is_this(made: tuple[RealCli, str, Path]) -> None:
    cli, ref, _ = made
    out = cli.ok("identities", ref)
    assert "Noor Verbeek (1B): pester" in out
    assert "Wie is dit?" in out and "anon_hater22 (TikTok; B1)" in out
    data = cli.json("identities", ref)
    assert [u["value"] for u in data["unlinked"]] == ["anon_hater22"]


def test_add_remove_link_and_who_is(made: tuple[RealCli, str, Path]) -> None:
    cli, ref, folder = made
    added = cli.json("add-identity", ref, "Noor Verbeek", "--account", "@noor.vrbk",
                     "--platform", "TikTok")
    assert added["value"] == "noor.vrbk" and added["kind"] == "account"
    cli.fails("add-identity", ref, "Noor Verbeek", "--email", "geen-adres",
              message="'geen-adres' is geen e-mailadres.")
    form = cli.json("add-identity", ref, "Noor Verbeek", "--nickname", "Noortje")
    assert "Weggehaald" in cli.ok("remove-identity", ref, str(form["id"]))
    pdf = folder / "samenvatting.pdf"
    run = cli.run("dossier", ref, "--for", "summary", "-o", str(pdf))
    assert run.returncode == 0 and "Wie is dit? anon_hater22" in run.stderr
    assert "Noor Verbeek" in cli.ok("who-is", ref, "Leerling A")
    assert "is Sëlin Yilmaz" in cli.ok("link-identity", ref, "@anon_hater22", "Sëlin Yilmaz")
    assert "Wie is dit?" not in cli.ok("identities", ref)
