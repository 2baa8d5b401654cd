"""Conversation guides as protocol data: the shipped ones, a school's own file with guides,
and a guide with an error named with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.protocols import SHIPPED_PROTOCOLS_DIR, Duration, load_protocols, parse_protocol_text
from app.protocols.guides import MAX_GUIDE_ITEMS

SCHOOL_FILE = '''\
# Eigen protocol van de school (fictief)
id = "eigen"
name = "Eigen aanpak"
description = "Twee gesprekken."
school_types = ["po"]

[[steps]]
id = "kennismaken"
title = "Gesprek met de leerling"
guidance = "Luister."
deadline = { after = "melding", within = "3d", suggestion = true }

[steps.guide]
source = "Ons protocol, bijlage A"
purpose = "Horen wat er speelt."
safety = ["Niet alleen met de pester praten."]
questions = ["Wat is er gebeurd?", "Wie kan je helpen?"]
do = ["Luister."]
dont = ["Zoek niet naar de waarheid."]
next_appointment = "4d"

[[steps.guide.phases]]
title = "Openen"
points = ["Welkom heten."]

[[steps]]
id = "ouders"
title = "Ouders"
guidance = "Bel de ouders."
deadline = { after = "kennismaken", within = "7d", severe_after = "kennismaken" }
'''


def _errors(text: str) -> list[str]:
    protocol, errors = parse_protocol_text(text, Path("eigen.toml"))
    assert protocol is None
    return [str(e) for e in errors]


def test_every_shipped_conversation_step_has_a_guide_on_one_page() -> None:
    loaded, errors = load_protocols([SHIPPED_PROTOCOLS_DIR])
    assert errors == []
    protocols = {p.id: p for p in loaded}
    for protocol in protocols.values():
        for step in protocol.steps:
            assert step.guide is not None, (protocol.id, step.id)
            assert step.guide.has_text and step.guide.item_count <= MAX_GUIDE_ITEMS
    pester = protocols["zesstappenplan"].step("gesprek_pester").guide
    assert pester is not None and pester.next_appointment == Duration(days=3)  # Bijlage 4
    assert any("niet alleen" in s for s in pester.safety)
    assert len(pester.phases) == 4 and len(pester.questions) == 4
    opa = protocols["supportgroep"].step("gesprek_gepeste").guide
    assert opa is not None and any("waarheid" in s for s in opa.dont)
    group = protocols["supportgroep"].step("gesprek_steungroep").guide
    assert group is not None and any("niets beloven" in s for s in group.dont)
    assert protocols["meldcode"].step("signalen").guide.safety[0].startswith(  # type: ignore[union-attr]
        "Gaat het om een seksueel misdrijf door een medewerker")


def test_header_documents_the_guide_format() -> None:
    for path in SHIPPED_PROTOCOLS_DIR.glob("*.toml"):
        header = path.read_text(encoding="utf-8").split("\nid = ")[0]
        for word in ("[steps.guide]", "[[steps.guide.phases]]", "next_appointment",
                     "suggestion = true", "severe_after"):
            assert word in header, (path.name, word)


def test_a_schools_own_file_with_guides_loads(tmp_path: Path) -> None:
    (tmp_path / "eigen.toml").write_text(SCHOOL_FILE, encoding="utf-8")
    loaded, errors = load_protocols([SHIPPED_PROTOCOLS_DIR, tmp_path])
    assert errors == []
    own = next(p for p in loaded if p.id == "eigen")
    guide = own.step("kennismaken").guide
    assert guide is not None
    assert (guide.source, guide.purpose, guide.next_appointment) == (
        "Ons protocol, bijlage A", "Horen wat er speelt.", Duration(days=4))
    assert guide.questions == ("Wat is er gebeurd?", "Wie kan je helpen?")
    assert [(p.title, p.points) for p in guide.phases] == [("Openen", ("Welkom heten.",))]
    deadline = own.step("kennismaken").deadline
    assert deadline is not None and deadline.suggestion
    assert own.step("ouders").deadline.severe_after == "kennismaken"  # type: ignore[union-attr]
    assert own.step("ouders").guide is None


@pytest.mark.parametrize(("change", "line", "message"), [
    (('questions = ["Wat is er gebeurd?"', 'vragen = ["Wat is er gebeurd?"'), 17,
     "onbekende sleutel 'vragen'"),
    (('do = ["Luister."]', 'do = ["Luister.", "  "]'), 18, "'do' bevat een lege regel"),
    (('next_appointment = "4d"', 'next_appointment = "vier dagen"'), 20, "ongeldige duur"),
    (('next_appointment = "4d"', 'next_appointment = "0d"'), 20, "niet op 0"),
    (('points = ["Welkom heten."]', 'punten = ["Welkom heten."]'), 24,
     "onbekende sleutel 'punten'"),
    (('safety = ["Niet alleen met de pester praten."]', 'safety = "Niet alleen."'), 16,
     "'safety' moet een lijst met teksten zijn"),
    (('severe_after = "kennismaken"', 'severe_after = "ouders"'), 30,
     "'severe_after' moet een eerdere stap noemen"),
    (('suggestion = true', 'suggestion = "ja"'), 11, "'suggestion' moet een true of false zijn"),
])
def test_a_guide_with_an_error_is_named_with_file_and_line(
        change: tuple[str, str], line: int, message: str) -> None:
    text = SCHOOL_FILE.replace(*change)
    assert text != SCHOOL_FILE
    errors = _errors(text)
    assert any(e.startswith(f"eigen.toml, regel {line}: ") and message in e for e in errors), \
        errors


def test_an_empty_or_too_long_guide_is_refused() -> None:
    start = SCHOOL_FILE.index("[steps.guide]")
    end = SCHOOL_FILE.index("[[steps]]", start)
    empty = SCHOOL_FILE[:start] + "[steps.guide]\nsource = \"A\"\n\n" + SCHOOL_FILE[end:]
    assert any("regel 13" in e and "vragen, fasen of aandachtspunten" in e
               for e in _errors(empty))
    many = ", ".join(f'"Vraag {n}?"' for n in range(MAX_GUIDE_ITEMS))
    long = SCHOOL_FILE.replace('questions = ["Wat is er gebeurd?", "Wie kan je helpen?"]',
                               f"questions = [{many}]")
    assert any("regel 13" in e and "te lang voor één bladzijde" in e for e in _errors(long))


def test_a_bad_school_file_is_skipped_and_reported(tmp_path: Path) -> None:
    (tmp_path / "eigen.toml").write_text(SCHOOL_FILE.replace("do = [", "doen = ["),
                                         encoding="utf-8")
    loaded, errors = load_protocols([SHIPPED_PROTOCOLS_DIR, tmp_path])
    assert "eigen" not in {p.id for p in loaded}
    assert [str(e) for e in errors] == [
        "eigen.toml, regel 18: onbekende sleutel 'doen' (bedoelde u 'dont'?)"]
