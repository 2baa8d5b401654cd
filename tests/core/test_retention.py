"""Retention per case: the rules file, the date each rule gives (fixed clock), overrides
with a reason and an audit row, and 'te doen' for a date that passed."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.casefile import CaseFile
from app.cases import NewCase
from app.casework import NewAgreement, Outcome, TodoKind, TodoState
from app.domain import CaseKind
from app.errors import InvalidInputError, NotFoundError
from app.protocols import Duration
from app.retention import (
    SHIPPED_RETENTION_DIR,
    CaseFacts,
    RetentionFileError,
    RetentionRules,
    RuleKind,
    compute,
    load_rules,
    parse_rules_text,
    school_year_end,
)
from app.timeutil import Clock
from app.wording import dutch
from tests.core.casework.test_casework import at, d, make_case, set_today

SHIPPED = RetentionRules([SHIPPED_RETENTION_DIR])
DEFAULT = SHIPPED.get("afgesloten_en_verslagen")
LEAVING = SHIPPED.get("twee_jaar_na_vertrek")
CUSTOM = SHIPPED.get("aangepaste_datum")


# -- the rules file ----------------------------------------------------------------------

def test_shipped_rules_load_with_one_default_and_a_source_per_term() -> None:
    assert not SHIPPED.errors
    assert [r.id for r in SHIPPED.all()] == ["afgesloten_en_verslagen", "twee_jaar_na_vertrek",
                                             "aangepaste_datum"]
    assert SHIPPED.default is DEFAULT
    assert (DEFAULT.kind, DEFAULT.report_margin) == (RuleKind.AFTER_CLOSING, Duration(months=1))
    assert (LEAVING.kind, LEAVING.term) == (RuleKind.AFTER_LEAVING, Duration(years=2))
    text = (SHIPPED_RETENTION_DIR / "bewaartermijnen.toml").read_text(encoding="utf-8")
    assert "School & Veiligheid" in text and "Kennisnet" in text and "2 jaar" in text


BROKEN_SCHOOL_FILE = """\
# eigen regels van de school
[[rules]]
id = "een_jaar_na_vertrek"
label = "1 jaar na vertrek"
kind = "after_leaving"
term = "1 jaa"
explanation = "Zo doen wij het."
"""


def test_broken_school_file_is_named_with_its_line_and_shipped_rules_keep_working(
        tmp_path: Path) -> None:
    school = tmp_path / "school"
    school.mkdir()
    (school / "eigen.toml").write_text(BROKEN_SCHOOL_FILE, encoding="utf-8")
    rules = RetentionRules([SHIPPED_RETENTION_DIR, school])
    assert [r.id for r in rules.all()] == [r.id for r in SHIPPED.all()]
    [error] = rules.errors
    assert isinstance(error, RetentionFileError)
    assert (error.path.name, error.line) == ("eigen.toml", 6)
    assert str(error).startswith("eigen.toml, regel 6: ")
    assert "1 jaa" in str(error)


def test_school_file_overrides_a_rule_and_may_bring_its_own_default(tmp_path: Path) -> None:
    school = tmp_path / "school"
    school.mkdir()
    (school / "eigen.toml").write_text(
        '[[rules]]\nid = "een_jaar"\nlabel = "1 jaar na vertrek"\nkind = "after_leaving"\n'
        'term = "1y"\nexplanation = "Ons beleid."\ndefault = true\n', encoding="utf-8")
    rules = RetentionRules([SHIPPED_RETENTION_DIR, school])
    assert not rules.errors
    assert rules.default is not None and rules.default.id == "een_jaar"
    assert rules.all()[0].id == "een_jaar" and len(rules.all()) == 4


@pytest.mark.parametrize(("text", "line", "part"), [
    ('[[rules]]\nid = "x"\nlabel = "X"\nkind = "na_vertrek"\nexplanation = "."\n', 4, "'kind'"),
    ('[[rules]]\nid = "x"\nlabel = "X"\nkind = "custom"\nexplanation = "."\nkleur = 1\n', 6,
     "onbekende sleutel 'kleur'"),
    ('[[rules]]\nid = "x"\nlabel = "X"\nkind = "custom"\n', 1, "'explanation' ontbreekt"),
    ('[[rules]]\nid = "x"\nlabel = "X\nkind = "custom"\n', 3, "TOML-syntaxfout"),
    ('[[rules]]\nid = "x"\nlabel = "X"\nkind = "custom"\nexplanation = "."\n'
     '[[rules]]\nid = "x"\nlabel = "Y"\nkind = "custom"\nexplanation = "."\n', 7,
     "meer dan eens"),
])
def test_rule_file_problems_name_the_line(text: str, line: int, part: str) -> None:
    rules, errors = parse_rules_text(text, Path("eigen.toml"))
    assert rules == []
    assert errors[0].line == line
    assert part in str(errors[0])


def test_oversized_rules_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "school"
    folder.mkdir()
    (folder / "groot.toml").write_text("#" * (3 * 1024 * 1024), encoding="utf-8")
    found, errors = load_rules([folder])
    assert found == {}
    assert "te groot" in str(errors[0])


# -- the date each rule gives (pure) ---------------------------------------------------------

def test_school_year_ends_on_31_july() -> None:
    assert school_year_end(date(2026, 7, 31)) == date(2026, 7, 31)
    assert school_year_end(date(2026, 8, 1)) == date(2027, 7, 31)
    assert school_year_end(date(2027, 1, 15)) == date(2027, 7, 31)


def test_after_closing_open_closed_and_with_follow_up() -> None:
    open_case = compute(DEFAULT, CaseFacts())
    assert open_case.until is None
    assert dutch(open_case.pending) == "Nog niet te bepalen: de melding is nog open."
    assert "31 juli" in dutch(open_case.explanation)
    no_followup = compute(DEFAULT, CaseFacts(closed_on=date(2026, 11, 20)))
    assert no_followup.until == date(2027, 8, 31)
    assert dutch(no_followup.explanation) == (
        "Gesloten op 20 november 2026; dat schooljaar eindigt op 31 juli 2027; plus 1 maand "
        "voor het jaarverslag.")
    later = compute(DEFAULT, CaseFacts(closed_on=date(2026, 11, 20),
                                       last_followup=date(2028, 9, 21)))
    assert later.until == date(2029, 8, 31)
    assert "laatste nazorg op 21 september 2028" in dutch(later.explanation)
    earlier = compute(DEFAULT, CaseFacts(closed_on=date(2026, 11, 20),
                                         last_followup=date(2026, 10, 1)))
    assert earlier.until == date(2027, 8, 31)


def test_after_leaving_needs_the_leaving_date_and_custom_its_date() -> None:
    missing = compute(LEAVING, CaseFacts(closed_on=date(2026, 11, 20)))
    assert missing.until is None
    assert "verlaat, ontbreekt" in dutch(missing.pending)
    assert compute(LEAVING, CaseFacts(leaves_on=date(2027, 7, 16))).until == date(2029, 7, 16)
    assert compute(LEAVING, CaseFacts(leaves_on=date(2028, 2, 29))).until == date(2030, 2, 28)
    assert compute(CUSTOM, CaseFacts(custom_until=date(2030, 1, 1))).until == date(2030, 1, 1)
    assert compute(CUSTOM, CaseFacts()).until is None


# -- through the vault ---------------------------------------------------------------------------

def _closed_case(vault: CaseFile, clock: Clock, *, keep: bool) -> int:
    """A zesstappenplan case with an agreement on 21 September 2026 (monitoring until
    21 September 2028), closed on 1 October 2026."""
    case_id, people = make_case(vault, "zesstappenplan")
    work = vault.casework
    set_today(clock, d(21))
    work.steps.record(case_id, "gezamenlijk_gesprek", at(21), verslag="Afspraken gemaakt.",
                      participant_ids=[people["Sem Jansen"]], deviation_reason="test",
                      agreements=[NewAgreement("Daan laat Sem met rust.")])
    set_today(clock, d(1, 10))
    work.status.close(case_id, Outcome.GESTOPT, keep_monitoring=keep)
    return case_id


def test_case_follows_the_default_rule_until_closed(vault: CaseFile, clock: Clock) -> None:
    case = vault.cases.create(NewCase("Pesten in de gymles", CaseKind.PESTEN, d(7)))
    retention = vault.retention.for_case(case.id)
    assert (retention.rule_id, retention.until, retention.choice) == (
        "afgesloten_en_verslagen", None, None)
    assert retention.pending is not None and "nog open" in dutch(retention.pending)


def test_closing_with_kept_monitoring_waits_for_the_last_monitoring_date(
        vault: CaseFile, clock: Clock) -> None:
    kept = _closed_case(vault, clock, keep=True)
    assert vault.retention.for_case(kept).until == date(2029, 8, 31)
    stopped = _closed_case(vault, clock, keep=False)
    assert vault.retention.for_case(stopped).until == date(2027, 8, 31)
    # a follow-up done after closing counts as the last follow-up
    key = next(f.key for f in vault.casework.schedule(stopped).followups)
    vault.casework.followups.mark_done(stopped, key, on=date(2027, 9, 3))
    assert vault.retention.for_case(stopped).until == date(2028, 8, 31)


def test_override_needs_a_reason_and_is_audited(vault: CaseFile, clock: Clock) -> None:
    case = vault.cases.create(NewCase("Pesten in de gymles", CaseKind.PESTEN, d(7)))
    with pytest.raises(InvalidInputError) as missing:
        vault.retention.set_rule(case.id, "twee_jaar_na_vertrek", "  ",
                                 leaves_on=date(2027, 7, 16))
    assert dutch(missing.value.as_message()) == "Geef een reden voor deze bewaartermijn."
    with pytest.raises(InvalidInputError, match="Kies de datum"):
        vault.retention.set_rule(case.id, "aangepaste_datum", "aangifte loopt")
    with pytest.raises(NotFoundError, match="geen bewaarregel 'vijf_jaar'"):
        vault.retention.set_rule(case.id, "vijf_jaar", "reden")
    retention = vault.retention.set_rule(case.id, "twee_jaar_na_vertrek",
                                         "staat ook in het leerlingdossier",
                                         leaves_on=date(2027, 7, 16))
    assert (retention.rule_id, retention.until) == ("twee_jaar_na_vertrek", date(2029, 7, 16))
    assert retention.choice is not None
    assert retention.choice.reason == "staat ook in het leerlingdossier"
    custom = vault.retention.set_rule(case.id, "aangepaste_datum", "aangifte loopt nog",
                                      custom=date(2031, 1, 1))
    assert (custom.until, custom.leaves_on) == (date(2031, 1, 1), date(2027, 7, 16))
    rows = vault.audit.entries(action_prefix="retention.")
    assert [(r.object_id, r.action, r.details["rule"]) for r in rows] == [
        (case.id, "retention.rule_set", "twee_jaar_na_vertrek"),
        (case.id, "retention.rule_set", "aangepaste_datum")]
    assert "aangifte" not in json.dumps([r.details for r in rows])   # the reason stays inside
    assert len(vault.retention.choices(case.id)) == 2
    assert vault.audit.verify().ok


def test_a_rule_whose_file_is_gone_is_pending_not_an_error(vault: CaseFile,
                                                           tmp_path: Path) -> None:
    school = tmp_path / "school"
    school.mkdir()
    shutil.copy(SHIPPED_RETENTION_DIR / "bewaartermijnen.toml", school / "x.toml")
    (school / "eigen.toml").write_text(
        '[[rules]]\nid = "vijf_jaar"\nlabel = "5 jaar"\nkind = "after_leaving"\n'
        'term = "5y"\nexplanation = "."\n', encoding="utf-8")
    vault.retention.rules.dirs = [school]
    vault.retention.rules.reload()
    case = vault.cases.create(NewCase("Pesten", CaseKind.PESTEN, d(7)))
    vault.retention.set_rule(case.id, "vijf_jaar", "beleid", leaves_on=date(2027, 1, 1))
    (school / "eigen.toml").unlink()
    vault.retention.rules.reload()
    gone = vault.retention.for_case(case.id)
    assert (gone.rule, gone.until) == (None, None)
    assert gone.pending is not None and "'vijf_jaar'" in dutch(gone.pending)


def test_todo_lists_a_passed_date_once(vault: CaseFile, clock: Clock) -> None:
    case_id = _closed_case(vault, clock, keep=False)         # kept until 31 August 2027
    other = vault.cases.create(NewCase("Nog open", CaseKind.PESTEN, d(7)))
    assert not [i for i in vault.casework.todo(today=date(2027, 8, 31)).items
                if i.kind is TodoKind.RETENTION]
    items = [i for i in vault.casework.todo(today=date(2027, 9, 1)).items
             if i.kind is TodoKind.RETENTION]
    assert [(i.case_id, i.due, i.state) for i in items] == [
        (case_id, date(2027, 8, 31), TodoState.OVERDUE)]
    assert dutch(items[0].label) == "Bewaartermijn verstreken: vernietigen of anonimiseren"
    assert [r.case_id for r in vault.retention.due(date(2027, 9, 1))] == [case_id]
    assert vault.casework.todo(today=date(2027, 9, 1), case_id=other.id).items == ()
    set_today(clock, date(2027, 9, 2))
    assert vault.casework.overdue_count() >= 1
