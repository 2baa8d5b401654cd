"""The summary's own parts: its steps (the first key event is never dropped) and the
first and latest key events, in a form that fits one or two pages."""

from __future__ import annotations

from app.domain import Entry, EntryKind
from app.dossier import document as d
from app.dossier.dutch_dates import format_date_nl
from app.dossier.selection import CaseSnapshot, cut_between_words, entry_title
from app.wording import label

KEY_KINDS = frozenset({EntryKind.MELDING, EntryKind.INCIDENT})


short = cut_between_words


def _text(e: Entry) -> str:
    return "(ingetrokken)" if e.is_withdrawn else e.text


def _step_row(e: Entry, snap: CaseSnapshot) -> tuple[str, str, str]:
    text = entry_title(e, snap, 60) + ": " + _text(e) if e.id in snap.step_entry_ids \
        else _text(e)
    return format_date_nl(e.occurred_at), label(e.kind), short(text, 160)


def key_events(entries: list[Entry]) -> list[Entry]:
    """The first key event (melding, incident) and the latest one; with a single key
    event, the latest entry of all stands for "the latest"."""
    key = [e for e in entries if e.kind in KEY_KINDS] or entries
    if not key:
        return []
    latest = key[-1] if len(key) > 1 else entries[-1]
    return [key[0]] if latest is key[0] else [key[0], latest]


def key_event_rows(entries: list[Entry]) -> tuple[tuple[str, str], ...]:
    """("Eerste gebeurtenis", "3 november 2026: ...") and the latest."""
    events = key_events(entries)
    names = ("Eerste gebeurtenis", "Laatste gebeurtenis")
    return tuple((name, f"{format_date_nl(e.occurred_at)} · {label(e.kind)}: "
                        f"{short(_text(e), 220)}") for name, e in zip(names, events, strict=False))


def summary_steps(snap: CaseSnapshot, entries: list[Entry], limit: int) -> d.Section:
    """The latest steps and always the first key event; what lies between is counted."""
    shown = entries[-limit:]
    first = key_events(entries)[:1]
    if first and first[0] not in shown:
        shown = first + entries[-(limit - 1):]
    rows = tuple(_step_row(e, snap) for e in shown)
    blocks: list[d.Block] = [d.Table(("Datum", "Soort", "Wat"), rows, (1.9, 1.4, 5.8))
                             if rows else d.Paragraph("Nog geen stappen vastgelegd.", "note")]
    left_out = len(entries) - len(shown)
    if left_out:
        noun = "stap" if left_out == 1 else "stappen"
        blocks.append(d.Paragraph(
            f"Tussen de eerste gebeurtenis en de laatste {len(shown) - 1} stappen liggen nog "
            f"{left_out} {noun}; die staan in het dossier voor de coördinator.", "note"))
    return d.Section("Genomen stappen", tuple(blocks), start_on_new_page=False)
