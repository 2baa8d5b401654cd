"""Full-text search (FTS5 inside the encrypted vault)."""

from __future__ import annotations

from datetime import date

from app.casefile import CaseFile
from app.cases import NewCase
from app.domain import CaseKind, EntryKind, Role
from app.search import to_match_expression
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
