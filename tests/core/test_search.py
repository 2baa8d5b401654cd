"""Full-text search (FTS5 inside the encrypted vault)."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.search import CaseMatches, to_match_expression, to_typing_expression
from app.timeutil import Clock


def test_finds_words_in_titles_descriptions_entries_and_names(vault: CaseFile, clock: Clock) -> None:
    a = vault.cases.create(NewCase("Fietsband lek", CaseKind.PESTEN, date(2026, 11, 2),
                                   description="Steeds bij de fietsenstalling"))
    b = vault.cases.create(NewCase("Klassenapp", CaseKind.ONLINE_PESTEN, date(2026, 11, 3)))
    vault.timeline.add(b.id, EntryKind.GESPREK, "Zij kreeg een dreigbericht via Snapchat",
                       clock.now())
    vault.people.add_new_to_case(a.id, "Yara Mulder", Role.GEPESTE, "1C")
    assert [h.reference for h in vault.search.search("fietsenstalling")] == [a.reference]
    assert [h.reference for h in vault.search.search("dreigbericht")] == [b.reference]
    assert [h.reference for h in vault.search.search("snap")] == [b.reference]  # prefix
    assert [h.reference for h in vault.search.search("mulder")] == [a.reference]
    assert vault.search.case_ids("fiets") == {a.id}
    hit = vault.search.search("dreigbericht")[0]
    assert "[dreigbericht]" in hit.snippet


def test_diacritics_and_case_are_ignored(vault: CaseFile) -> None:
    case = vault.cases.create(NewCase("Geïrriteerd gedrag", CaseKind.CONFLICT, date(2026, 11, 3)))
    assert [h.case_id for h in vault.search.search("GEIRRITEERD")] == [case.id]


def test_edited_text_is_searchable_and_old_text_is_not(vault: CaseFile, clock: Clock) -> None:
    case = vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 3)))
    entry = vault.timeline.add(case.id, EntryKind.NOTITIE, "oorspronkelijk woord", clock.now())
    vault.timeline.edit_text(entry.id, "vervangen tekst")
    assert vault.search.search("oorspronkelijk") == []
    assert [h.case_id for h in vault.search.search("vervangen")] == [case.id]


def test_fts_syntax_in_user_input_is_harmless(vault: CaseFile) -> None:
    vault.cases.create(NewCase("Ruzie", CaseKind.CONFLICT, date(2026, 11, 3)))
    for query in ['"', "AND", "(ruzie", "ruzie OR", "*", "NEAR(", "-", "'; DROP TABLE cases"]:
        vault.search.search(query)  # must not raise
    assert vault.search.search("") == []
    assert to_match_expression('ru"zie (x') == '"ru"* "zie"* "x"*'


def test_find_cases_is_capped_newest_first_and_says_there_is_more(
        vault: CaseFile, clock: Clock) -> None:
    cases = [vault.cases.create(NewCase(f"Kluisje {n}", CaseKind.PESTEN, date(2026, 11, 3)))
             for n in range(5)]
    vault.timeline.add(cases[1].id, EntryKind.NOTITIE, "kluisje weer open", clock.now())
    found = vault.search.find_cases("kluis", limit=3)
    assert found.case_ids == (cases[1].id, cases[4].id, cases[3].id)  # newest written first
    assert found.more and not found.waiting
    everything = vault.search.find_cases("kluis", limit=5)
    assert set(everything.case_ids) == {c.id for c in cases} and not everything.more
    assert vault.search.find_cases("kluisje 3").case_ids == (cases[3].id,)


def test_one_letter_waits_and_two_letters_search(vault: CaseFile) -> None:
    case = vault.cases.create(NewCase("Kluisje", CaseKind.PESTEN, date(2026, 11, 3)))
    assert vault.search.find_cases("k") == CaseMatches((), waiting=True)
    assert vault.search.find_cases("k l") == CaseMatches((), waiting=True)
    assert vault.search.find_cases("kl").case_ids == (case.id,)
    assert vault.search.find_cases("") == CaseMatches(())


def test_find_cases_stops_when_cancelled(vault: CaseFile, clock: Clock) -> None:
    oldest = vault.cases.create(NewCase("Pauze", CaseKind.PESTEN, date(2026, 11, 3)))
    case = vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 3)))
    with vault.batch():
        for n in range(600):
            vault.timeline.add(case.id, EntryKind.NOTITIE, f"pauze {n}", clock.now())
    other = vault.cases.create(NewCase("Pauze", CaseKind.PESTEN, date(2026, 11, 3)))
    asked: list[int] = []
    found = vault.search.find_cases("pauze", cancelled=lambda: asked.append(1) is None)
    assert len(asked) == 1 and found.case_ids == (other.id, case.id)  # stopped early
    assert vault.search.find_cases("pauze").case_ids == (other.id, case.id, oldest.id)


def test_search_snippet_comes_from_each_case_newest_hit(vault: CaseFile, clock: Clock) -> None:
    case = vault.cases.create(NewCase("Melding", CaseKind.PESTEN, date(2026, 11, 3)))
    vault.timeline.add(case.id, EntryKind.NOTITIE, "eerste fietsbel", clock.now())
    vault.timeline.add(case.id, EntryKind.NOTITIE, "tweede fietsbel", clock.now())
    hits = vault.search.search("fietsbel")
    assert len(hits) == 1 and hits[0].snippet.strip() == "tweede [fietsbel]"


def test_words_before_the_last_are_whole_words(vault: CaseFile) -> None:
    case = vault.cases.create(NewCase("Fietsenstalling bij het kluisje", CaseKind.PESTEN,
                                      date(2026, 11, 3)))
    assert to_typing_expression("fiets kluis") == '"fiets" "kluis"*'
    assert vault.search.find_cases("fietsenstalling kluis").case_ids == (case.id,)
    assert [h.case_id for h in vault.search.search("kluisje fiets")] == [case.id]
    assert vault.search.find_cases("fiets kluis").case_ids == ()  # "fiets" is no whole word
    assert vault.search.case_ids("fiets kluis") == {case.id}      # the filter: all prefixes
