"""Timeline entries of a case, with the history of every text edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.audit import fresh_id
from app.cases import require_case, touch_case
from app.domain import Entry, EntryKind, Precision, Revision, SpecialCategory
from app.errors import InvalidInputError, NotFoundError
from app.reasons import clean_reason
from app.timeutil import from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault

_ENTRY_SQL = ("SELECT e.id, e.case_id, e.kind, e.occurred_at, e.precision, e.recorded_at,"
              " e.with_whom, e.text, e.updated_at,"
              " (SELECT count(*) FROM entry_revisions r WHERE r.entry_id = e.id),"
              " e.special_category, e.work_note, e.withdrawn_at, e.withdrawal_reason"
              " FROM entries e")


def _entry(row: tuple[Any, ...]) -> Entry:
    return Entry(
        id=row[0], case_id=row[1], kind=EntryKind(row[2]), occurred_at=from_storage(row[3]),
        precision=Precision(row[4]), recorded_at=from_storage(row[5]), with_whom=row[6],
        text=row[7], updated_at=from_storage(row[8]), revision_count=row[9],
        special_category=SpecialCategory(row[10]), work_note=bool(row[11]),
        withdrawn_at=from_storage(row[12]) if row[12] else None, withdrawal_reason=row[13],
    )


class TimelineRepository:
    def __init__(self, vault: Vault,
                 after_destruction: Callable[[], None] | None = None) -> None:
        self._vault = vault
        # The front door keeps backups in step when a withdrawn text is destroyed.
        self._after_destruction = after_destruction

    def add(self, case_id: int, kind: EntryKind, text: str, occurred_at: datetime,
            precision: Precision = Precision.EXACT, with_whom: str = "", *,
            special_category: SpecialCategory = SpecialCategory.GEEN,
            work_note: bool = False) -> Entry:
        """A new entry; `work_note` and `special_category` are its marks (set_marks)."""
        if not text.strip():
            raise InvalidInputError("entry.text_missing")
        if occurred_at.tzinfo is None:
            raise InvalidInputError("input.time_without_zone")
        moment = self._vault.clock.now()
        now = to_storage(moment)
        with self._vault.write() as tx:
            require_case(tx, case_id)
            cur = tx.execute(
                "INSERT INTO entries (id, case_id, kind, occurred_at, precision, recorded_at,"
                " with_whom, text, updated_at, special_category, work_note)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (fresh_id(tx, "entries", "entry"), case_id, EntryKind(kind).value,
                 to_storage(occurred_at), Precision(precision).value, now, with_whom.strip(),
                 text.strip(), now, SpecialCategory(special_category).value, int(work_note)))
            entry_id = int(cur.lastrowid or 0)
            touch_case(tx, case_id, moment)
            marks = _marks(SpecialCategory(special_category), work_note)
            self._vault.audit.record(tx, "entry.created", "entry", entry_id, case_id=case_id,
                                     kind=EntryKind(kind).value, **marks)
        return self.get(entry_id)

    def get(self, entry_id: int) -> Entry:
        rows = self._vault.query(_ENTRY_SQL + " WHERE e.id = ?", (entry_id,))
        if not rows:
            raise NotFoundError("entry.not_found")
        return _entry(rows[0])

    def for_case(self, case_id: int) -> list[Entry]:
        rows = self._vault.query(_ENTRY_SQL + " WHERE e.case_id = ? ORDER BY e.occurred_at, e.id",
                                 (case_id,))
        return [_entry(r) for r in rows]

    def edit_text(self, entry_id: int, new_text: str) -> Entry:
        """Change the text; the old text is kept as a revision with the time it stood."""
        if not new_text.strip():
            raise InvalidInputError("entry.text_missing")
        current = self.get(entry_id)
        if current.is_withdrawn:
            raise InvalidInputError("entry.withdrawn")
        if current.text == new_text.strip():
            return current
        now = to_storage(self._vault.clock.now())
        with self._vault.write() as tx:
            tx.execute("INSERT INTO entry_revisions (entry_id, text, written_at, replaced_at)"
                       " VALUES (?,?,?,?)",
                       (entry_id, current.text, to_storage(current.updated_at), now))
            tx.execute("UPDATE entries SET text = ?, updated_at = ? WHERE id = ?",
                       (new_text.strip(), now, entry_id))
            self._vault.audit.record(tx, "entry.edited", "entry", entry_id,
                                     case_id=current.case_id)
        return self.get(entry_id)

    def set_marks(self, entry_id: int, *, special_category: SpecialCategory | None = None,
                  work_note: bool | None = None) -> Entry:
        """Mark an entry as special personal data and/or as a werkaantekening (None keeps
        a mark as it is). Audited with the old and new marks; the text is untouched."""
        current = self.get(entry_id)
        category = current.special_category if special_category is None \
            else SpecialCategory(special_category)
        note = current.work_note if work_note is None else bool(work_note)
        if (category, note) == (current.special_category, current.work_note):
            return current
        with self._vault.write() as tx:
            tx.execute("UPDATE entries SET special_category = ?, work_note = ? WHERE id = ?",
                       (category.value, int(note), entry_id))
            self._vault.audit.record(
                tx, "entry.marks_changed", "entry", entry_id, case_id=current.case_id,
                before=_marks(current.special_category, current.work_note),
                after=_marks(category, note))
        return self.get(entry_id)

    def revisions(self, entry_id: int) -> list[Revision]:
        rows = self._vault.query("SELECT entry_id, text, written_at, replaced_at FROM"
                                 " entry_revisions WHERE entry_id = ? ORDER BY id", (entry_id,))
        return [Revision(r[0], r[1], from_storage(r[2]), from_storage(r[3])) for r in rows]

    def withdraw(self, entry_id: int, reason: str) -> Entry:
        """Withdraw an entry written by mistake: its text, "with whom" and every earlier
        version are deleted for good (the vault file is compacted, so call it off the GUI
        thread); its kind, dates and the reason stay on the timeline."""
        text = clean_reason(reason)
        current = self.get(entry_id)
        if current.is_withdrawn:
            raise InvalidInputError("entry.already_withdrawn")
        moment = self._vault.clock.now()
        now = to_storage(moment)
        with self._vault.write() as tx:
            # The audit row first: schema 10 empties a text without a revision only then.
            self._vault.audit.record(tx, "entry.withdrawn", "entry", entry_id,
                                     case_id=current.case_id, kind=current.kind.value,
                                     reason=text, revisions=current.revision_count)
            tx.execute("UPDATE entries SET withdrawn_at = ?, withdrawal_reason = ?, text = '',"
                       " with_whom = '', updated_at = ? WHERE id = ?",
                       (now, text, now, entry_id))
            tx.execute("DELETE FROM entry_revisions WHERE entry_id = ?", (entry_id,))
            tx.execute("DELETE FROM search_index WHERE source = 'entry' AND source_id = ?",
                       (entry_id,))
            touch_case(tx, current.case_id, moment)
        self._vault.vacuum()
        if self._after_destruction is not None:
            self._after_destruction()
        return self.get(entry_id)

def _marks(category: SpecialCategory, work_note: bool) -> dict[str, str | bool]:
    return {"special_category": category.value, "work_note": work_note}
