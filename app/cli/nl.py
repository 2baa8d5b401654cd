"""Dutch words for the states the CLI prints in its human output (JSON keeps the values)."""

from __future__ import annotations

from datetime import date

STEP_STATE = {"done": "gedaan", "current": "nu", "upcoming": "later", "overdue": "te laat",
              "blocked": "wacht", "skipped": "overgeslagen"}
FOLLOWUP_STATE = {"done": "gedaan", "cancelled": "vervallen", "current": "nu",
                  "upcoming": "later", "overdue": "te laat"}
AGREEMENT_STATUS = {"open": "open", "nagekomen": "nagekomen", "verbroken": "verbroken"}


def day(value: date | None) -> str:
    """A date as JJJJ-MM-DD, or a dash: easy to read and to sort in a table."""
    return value.isoformat() if value is not None else "-"
