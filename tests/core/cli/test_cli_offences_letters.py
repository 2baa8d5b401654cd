"""pestdossier-cli on strafbare feiten and letters, through the real entry: offences,
set-offences, record-advice, letters, letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import ProtocolRegistry
from app.domain import CaseKind, Role
from app.protocols import SHIPPED_PROTOCOLS_DIR
from tests.conftest import PASSWORD
from tests.core.cli.real_cli import RealCli, new_vault


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[RealCli, str, Path]:
    folder = tmp_path_factory.mktemp("offences")
    path, cli = new_vault(folder)
    with CaseFile.create(path, PASSWORD, counsellor="T. Tester", school="De Vlinder",
                         registry=ProtocolRegistry([SHIPPED_PROTOCOLS_DIR])) as vault:
        case = vault.cases.create(NewCase("Dreigberichten", CaseKind.ONLINE_PESTEN,
                                          vault.clock.today_local(), group_name="6B"))
        for name, role in (("Sem Jansen", Role.GEPESTE), ("Daan Visser", Role.PESTER),
                           ("Liam de Wit", Role.PESTER)):
            vault.people.add_new_to_case(case.id, name, role, "6B")
        vault.casework.protocols.choose(case.id, "vijf_bs")
        # the pester's parents get a letter only after a confronting approach (002)
        today = vault.clock.now()
        for step in ("bekijken", "begrijpen"):
            vault.casework.record_step(case.id, step, today)
        vault.casework.record_step(case.id, "beslissen", today,
                                   choice=("confronterend", "Ernstige dreiging"))
    return cli, case.reference, folder


def test_offences_raise_the_urgency_and_advice_is_recorded(made: tuple[RealCli, str, Path]
                                                          ) -> None:
    cli, ref, _folder = made
    cli.fails("record-advice", ref, "--action", "aangifte-geadviseerd", "--to", "ouders",
              message="geen strafbaar feit aangevinkt")
    data = cli.json("set-offences", ref, "belediging", "bedreiging")
    assert data["checked"] == ["belediging", "bedreiging"]
    assert data["priority"]["priority"] == "acuut" and data["priority_raised"] is True
    assert data["suggestion"]["same_day"] is True
    advice = cli.json("record-advice", ref, "--action", "aangifte-geadviseerd",
                      "--action", "politie-ingelicht", "--to", "ouders van Sem",
                      "--note", "Telefonisch besproken")
    assert advice["offences"] == ["bedreiging", "belediging"]  # the ticked ones
    assert advice["actions"] == ["aangifte-geadviseerd", "politie-ingelicht"]
    assert advice["to_whom"] == "ouders van Sem"
    listed = cli.json("offences", ref)
    assert listed["checked"] == ["bedreiging", "belediging"]
    assert [a["id"] for a in listed["advice"]] == [advice["id"]]
    assert {o["key"] for o in listed["offences"] if o["klachtdelict"]} == {
        "belediging", "smaad_laster", "belaging"}   # art. 285b lid 2 Sr
    out = cli.ok("offences", ref)
    assert "[x] bedreiging" in out and "[ ] afpersing" in out and "geen juridisch advies" in out
    assert "Strafbare feiten bij" in cli.ok("set-offences", ref, "bedreiging")
    cli.fails("set-offences", ref, "diefstal", message="Onbekend strafbaar feit 'diefstal'")
    cli.fails("record-advice", ref, "--action", "gebeld", "--to", "x", message="kies uit")


def test_letters_are_suggested_and_written_as_text_and_pdf(made: tuple[RealCli, str, Path]
                                                          ) -> None:
    cli, ref, folder = made
    suggestions = cli.json("letters", ref)
    pester = [s for s in suggestions if s["template"] == "brief_ouders_pester"]
    assert [s["child"] for s in pester] == ["Daan Visser", "Liam de Wit"]
    assert [s["inform_item"] for s in pester] == ["ouders_pester", "ouders_pester"]
    assert "brief_ouders_gepeste" in cli.ok("letters", ref)
    text = folder / "brief.txt"
    written = cli.json("letter", ref, "brief_ouders_gepeste", "-o", str(text))
    assert (written["format"], written["recipient"]) == ("tekst", "Ouders/verzorgers van Sem")
    assert written["warnings"] == []
    assert text.read_text(encoding="utf-8").startswith("Onderwerp: ")
    body = folder / "eigen.txt"
    body.write_text("Beste ouders,\nDaan Visser heeft ...\n", encoding="utf-8")
    pdf = folder / "brief.pdf"
    result = cli.run("letter", ref, "brief_ouders_pester", "--child", "Liam de Wit",
                     "--body-file", str(body), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "let op: De brief noemt een ander kind: Daan Visser." in result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    cli.fails("letter", ref, "brief_ouders_pester", "-o", str(folder / "x.txt"),
              message="kies het met --child")
    cli.fails("letter", ref, "brief_ouders_gepeste", "-o", str(folder / "x.doc"),
              message="op .pdf of .txt")
    cli.fails("letter", ref, "brief_aan_de_krant", "-o", str(folder / "x.txt"),
              message="Onbekende brief 'brief_aan_de_krant'")
