"""Consequences and escalation (issue 13 item 4): the ladder of each protocol as data, one
more chance after a first broken agreement, the next measure after each broken one, the
effect recorded later, escalation with date and reason, and a school's own ladder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.casework import AgreementStatus, CaseWork, NewAgreement
from app.domain import EntryKind
from app.errors import InvalidInputError
from app.measures import DEFAULT_ESCALATION, MeasureKind
from app.protocols import load_protocol, parse_protocol_text
from tests.core.casework.test_casework import d, make_case, registry, work
from tests.core.inform.test_inform import SCHOOL_FILE

__all__ = ["registry", "work"]   # shared fixtures


def _break(work: CaseWork, case_id: int, text: str) -> None:
    agreement = work.agreements.add(case_id, NewAgreement(text))
    work.agreements.set_status(agreement.id, AgreementStatus.BROKEN, "Toch weer gedaan.")


def test_the_ladder_of_each_protocol(vault: CaseFile, work: CaseWork) -> None:
    zes, _ = make_case(vault, "zesstappenplan")
    # 001 step 5 (one more chance) and §9 phases 1-5, each with who takes it
    assert [(r.phase.phase, r.phase.chance, r.phase.who) for r in vault.measures.ladder(zes)] == [
        (0, True, "mentor"), (1, False, "mentor"), (2, False, "anti-pestcoördinator"),
        (3, False, "afdelingsleider"), (4, False, "directie"), (5, False, "directie")]
    support, _ = make_case(vault, "supportgroep")
    # 003: a fitting consequence, a care route, the school's suspension procedure
    assert [r.phase.title for r in vault.measures.ladder(support)] == [
        "Passende consequentie", "Individueel zorgtraject", "Schorsing of verwijdering"]
    vijf, _ = make_case(vault, "vijf_bs")
    assert vault.measures.ladder(vijf) == [] and vault.measures.next_rung(vijf) is None
    assert vault.measures.escalation_targets(zes) == (
        "anti-pestcoördinator", "afdelingsleider", "directie")
    assert vault.measures.escalation_targets(support) == DEFAULT_ESCALATION


def test_a_broken_agreement_offers_the_next_measure(vault: CaseFile, work: CaseWork) -> None:
    zes, _ = make_case(vault, "zesstappenplan")
    assert vault.measures.next_rung(zes) is None          # nothing broken: nothing offered
    _break(work, zes, "Vanaf nu laat Daan Sem met rust.")
    first = vault.measures.next_rung(zes)
    assert first is not None and (first.phase, first.chance) == (0, True)   # one more chance
    assert [r.suggested for r in vault.measures.ladder(zes)][:2] == [True, False]
    chance = vault.measures.take(zes, 0, on=d(10), by_whom="mentor", note="Gesprek gehad.")
    assert chance.kind is MeasureKind.KANS and chance.entry_id is not None
    entry = vault.timeline.get(chance.entry_id)
    assert entry.kind is EntryKind.MAATREGEL and "Nog één kans" in entry.text
    assert vault.measures.next_rung(zes) is None          # the chance answers this breach
    _break(work, zes, "Geen berichten meer in de klassenapp.")
    second = vault.measures.next_rung(zes)
    assert second is not None and second.title == "Lichte corrigerende maatregel"
    taken = vault.measures.take(zes, 1, on=d(14), by_whom="mentor")
    assert taken.kind is MeasureKind.MAATREGEL and taken.effect == ""
    with pytest.raises(InvalidInputError, match="al vastgelegd"):
        vault.measures.take(zes, 1)
    with pytest.raises(InvalidInputError, match="geen maatregelfase 9"):
        vault.measures.take(zes, 9)
    with pytest.raises(InvalidInputError):
        vault.measures.record_effect(taken.id, "  ")
    effect = vault.measures.record_effect(taken.id, "Twee weken rustig.", on=d(28))
    assert (effect.effect, effect.effect_on) == ("Twee weken rustig.", d(28))
    actions = [e.action for e in vault.audit.entries(action_prefix="measure.")]
    assert actions == ["measure.kans", "measure.maatregel", "measure.effect"]


def test_escalation_is_recorded_with_date_and_reason(vault: CaseFile, work: CaseWork) -> None:
    zes, _ = make_case(vault, "zesstappenplan")
    with pytest.raises(InvalidInputError):
        vault.measures.escalate(zes, "afdelingsleider", " ")
    done = vault.measures.escalate(zes, "afdelingsleider", "Pesten gaat door na fase 1.",
                                   on=d(20), by_whom="anti-pestcoördinator")
    assert (done.kind, done.to_whom, done.taken_on) == (
        MeasureKind.ESCALATIE, "afdelingsleider", d(20))
    entry = vault.timeline.get(done.entry_id or 0)
    assert entry.kind is EntryKind.OVERDRACHT and "Pesten gaat door" in entry.text
    # an escalation is no rung: it does not answer a broken agreement
    _break(work, zes, "Afspraak")
    assert vault.measures.next_rung(zes) is not None
    vault.destruction.destroy(zes, "Termijn verstreken", confirm=True)
    assert vault._gateway.query("SELECT count(*) FROM case_measures")[0][0] == 0


def test_a_school_ladder_loads_and_an_error_names_its_line(tmp_path: Path) -> None:
    text = SCHOOL_FILE + '''
[[consequences]]
phase = 0
title = "Nog een kans"
chance = true

[[consequences]]
phase = 1
title = "Gesprek met de directeur"
who = "directeur"
'''
    path = tmp_path / "eigen.toml"
    path.write_text(text, encoding="utf-8")
    protocol = load_protocol(path)
    assert [(c.phase, c.chance, c.who) for c in protocol.consequences] == [
        (0, True, ""), (1, False, "directeur")]
    assert protocol.inform[0].id == "ouders"
    bad = text.replace("chance = true", "chance = \"ja\"")
    _, errors = parse_protocol_text(bad, path)
    assert [(e.line, "chance" in str(e)) for e in errors] == [(21, True)]
