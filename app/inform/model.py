"""Who is informed in a case: the protocol's items with what the counsellor recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.protocols import InformItem


class InformState(StrEnum):
    TE_DOEN = "te-doen"
    GEDAAN = "gedaan"
    BEWUST_NIET = "bewust-niet"
    #: the item waits for a choice that was not made (5 B's: the pester's parents after a
    #: non-confronting approach); it can still be recorded when the case calls for it.
    NIET_NODIG = "niet-nodig"


@dataclass(frozen=True)
class InformRecord:
    item_id: str
    state: InformState             # GEDAAN or BEWUST_NIET
    occurred_at: datetime | None   # when it was done
    means: str                     # how it was done (may differ from the protocol's)
    by_whom: str
    note: str
    reason: str                    # why deliberately not
    entry_id: int | None           # the contact on the timeline, for a parent conversation
    recorded_at: datetime


@dataclass(frozen=True)
class InformLine:
    """One item of the protocol for one case."""

    item: InformItem
    step_title: str          # the step it follows, "" when it follows none
    state: InformState
    due: date | None         # when it is due (after its step was recorded)
    deadline: bool           # True: `due` is the protocol's own term, so it can be late
    record: InformRecord | None
    from_date: date | None = None   # from when it can be done: the day of its step

    @property
    def open(self) -> bool:
        return self.state is InformState.TE_DOEN
