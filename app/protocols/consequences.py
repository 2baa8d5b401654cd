"""The consequence ladder as data: the `[[consequences]]` tables of a protocol file.

    [[consequences]]
    phase = 0                 # rungs in ascending order; 0 is usually the last chance
    title = "Nog één kans"
    description = "..."
    chance = true             # optional: this rung is one more chance, not a measure
    who = "mentor"            # optional: who decides or takes it

The loader calls `read_consequences`; app/measures offers the next rung after a broken
agreement and keeps what was taken.
"""

from __future__ import annotations

from typing import Any

from app.protocols.model import ConsequencePhase

#: (required keys, optional keys) of a [[consequences]] table.
CONSEQUENCE_KEYS = ({"phase", "title"}, {"description", "chance", "who"})


def read_consequences(reader: Any, data: dict[str, Any]) -> list[ConsequencePhase]:
    out = []
    for i, raw in enumerate(reader.tables(data, "consequences", ())):
        tp = ("consequences", i)
        if reader.keys(raw, "consequence", tp, f"fase {i + 1}"):
            out.append(ConsequencePhase(
                reader.get(raw, "phase", int, tp, 0), reader.text(raw, "title", tp),
                reader.get(raw, "description", str, tp, ""),
                reader.get(raw, "chance", bool, tp, False), reader.get(raw, "who", str, tp, "")))
    return out
