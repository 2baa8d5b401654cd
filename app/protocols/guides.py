"""Conversation guides (gespreksleidraden): what to ask and mind during one protocol step.

A guide is data in the protocol file, in the step's own table:

    [steps.guide]
    source = "Bijlage 4"                 optional: where the school's protocol describes it
    purpose = "..."                      optional: what the talk is for
    questions = ["...", ...]             questions to ask
    do = ["...", ...]                    what helps
    dont = ["...", ...]                  what to avoid
    safety = ["...", ...]                safety reminders, shown first
    next_appointment = "3d"              default for the next appointment made in this step
    [[steps.guide.phases]]               the talk in order: title, points = ["...", ...]

The texts are Dutch because the protocol files are. This module reads the table with the
loader's reader, so an error is reported with the file and line like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.protocols.model import Duration

if TYPE_CHECKING:
    from app.protocols.loader import _Reader
    from app.protocols.locator import TablePath

#: Table kind -> (required keys, optional keys), merged into the loader's table specs.
GUIDE_SPECS: dict[str, tuple[set[str], set[str]]] = {
    "guide": (set(), {"source", "purpose", "questions", "do", "dont", "safety",
                      "next_appointment", "phases"}),
    "guide_phase": ({"title", "points"}, set()),
}
#: A guide is printed on one page: longer lists are an error in the file.
MAX_GUIDE_ITEMS = 40
_LISTS = ("questions", "do", "dont", "safety")


@dataclass(frozen=True)
class GuidePhase:
    title: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class Guide:
    source: str = ""
    purpose: str = ""
    phases: tuple[GuidePhase, ...] = ()
    questions: tuple[str, ...] = ()
    do: tuple[str, ...] = ()
    dont: tuple[str, ...] = ()
    safety: tuple[str, ...] = ()
    next_appointment: Duration | None = None

    @property
    def item_count(self) -> int:
        """Every line the guide shows, for the one-page limit."""
        lists = (self.questions, self.do, self.dont, self.safety)
        return (sum(len(items) for items in lists)
                + sum(1 + len(p.points) for p in self.phases))

    @property
    def has_text(self) -> bool:
        return bool(self.purpose or self.phases or self.questions or self.do or self.dont
                    or self.safety)


def _phases(reader: _Reader, raw: dict[str, Any], tpath: TablePath) -> tuple[GuidePhase, ...]:
    phases = []
    for j, phase in enumerate(reader.tables(raw, "phases", tpath)):
        ppath = (*tpath, "phases", j)
        if reader.keys(phase, "guide_phase", ppath, f"fase {j + 1} van de leidraad"):
            points = reader.strings(phase, "points", ppath)
            if "points" in phase and not points:
                reader.err("'points' mag niet leeg zijn", ppath, "points")
            phases.append(GuidePhase(reader.text(phase, "title", ppath), points))
    return tuple(phases)


def read_guide(reader: _Reader, raw: Any, tpath: TablePath) -> Guide | None:
    """The step's `[steps.guide]` table as a Guide; problems go to the reader."""
    if not reader.keys(raw, "guide", tpath, "gespreksleidraad"):
        return None
    lists = {key: reader.strings(raw, key, tpath) for key in _LISTS}
    for key, items in lists.items():
        if any(not item.strip() for item in items):
            reader.err(f"'{key}' bevat een lege regel", tpath, key)
    guide = Guide(
        source=reader.get(raw, "source", str, tpath, ""),
        purpose=reader.get(raw, "purpose", str, tpath, ""),
        phases=_phases(reader, raw, tpath), next_appointment=reader.duration(
            raw, "next_appointment", tpath), **lists)
    if guide.next_appointment is not None and guide.next_appointment.is_zero:
        reader.err("'next_appointment' moet na het gesprek liggen, niet op 0",
                   tpath, "next_appointment")
    if not guide.has_text:
        reader.err("een gespreksleidraad heeft vragen, fasen of aandachtspunten nodig", tpath)
    elif guide.item_count > MAX_GUIDE_ITEMS:
        reader.err(f"de gespreksleidraad is te lang voor één bladzijde: {guide.item_count} "
                   f"regels, hoogstens {MAX_GUIDE_ITEMS}", tpath)
    return guide
