"""Who is informed, as data: the `[[inform]]` tables of a protocol file.

    [[inform]]
    id = "ouders_gepeste"            # optional; made from `step` and `who` when missing
    who = "ouders van de gepeste leerling"
    means = "gesprek"                # gesprek, telefoon, brief, mail, memo, bericht
    step = "gesprek_gepeste"         # after which step (optional)
    within = "7d"                    # only when the protocol itself gives the term
    template = "uitnodiging_gesprek" # the letter or call note that goes with it (optional)
    when_choice = ["confronterend"]  # only needed once one of these options is chosen
    optional = true                  # only when the case calls for it (e.g. the police)
    gates = ["consent_gepeste"]      # not due before these conditions are recorded
    note = "..."

The loader calls `read_inform`; `check_inform` runs with the cross-reference checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from app.protocols.model import InformItem, Protocol

if TYPE_CHECKING:
    from app.protocols.checks import Problem

#: How someone can be informed.
MEANS = ("gesprek", "telefoon", "brief", "mail", "memo", "bericht")
#: (required keys, optional keys) of an [[inform]] table.
INFORM_KEYS = ({"who", "means"},
               {"id", "template", "step", "note", "within", "when_choice", "optional",
                "gates"})


def default_id(step: str | None, who: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", who.lower()).strip("_")[:40]
    return f"{step or 'algemeen'}-{slug or 'iemand'}"


def read_inform(reader: Any, data: dict[str, Any]) -> list[InformItem]:
    """The [[inform]] tables of a file; `reader` is the loader's reader, which records
    every problem with its line."""
    out = []
    for i, raw in enumerate(reader.tables(data, "inform", ())):
        tp = ("inform", i)
        if not reader.keys(raw, "inform", tp, f"informeren {i + 1}"):
            continue
        who, step = reader.text(raw, "who", tp), reader.get(raw, "step", str, tp)
        template = reader.ident(raw, "template", tp) if "template" in raw else ""
        choices = raw.get("when_choice", [])
        when = ((choices,) if isinstance(choices, str)
                else reader.strings(raw, "when_choice", tp))
        out.append(InformItem(
            who=who, means=reader.text(raw, "means", tp), template=template, step=step,
            note=reader.get(raw, "note", str, tp, ""),
            id=reader.ident(raw, "id", tp) if "id" in raw else default_id(step, who),
            within=reader.duration(raw, "within", tp), when_choice=tuple(when),
            optional=reader.get(raw, "optional", bool, tp, False),
            gates=reader.strings(raw, "gates", tp)))
    return out


def check_inform(protocol: Protocol) -> Iterator[Problem]:
    """Means, ids, options and terms; the step names are checked with the other steps."""
    from app.protocols.checks import Problem  # noqa: PLC0415 - checks imports this module

    options = {o.id for s in protocol.steps if s.choice for o in s.choice.options}
    seen: set[str] = set()
    for i, item in enumerate(protocol.inform):
        where = ("inform", i)
        if item.means and item.means not in MEANS:
            yield Problem(where, "means", f"onbekend middel '{item.means}': kies uit "
                          + ", ".join(MEANS))
        if item.id in seen:
            yield Problem(where, "id", f"id '{item.id}' komt twee keer voor")
        seen.add(item.id)
        for option in item.when_choice:
            if option not in options:
                yield Problem(where, "when_choice",
                              f"geen van de stappen heeft keuze-optie '{option}'")
        conditions = {c.key for c in protocol.conditions}
        for gate in item.gates:
            if gate not in conditions:
                yield Problem(where, "gates", f"onbekende voorwaarde '{gate}'")
        if item.within is not None and not item.step:
            yield Problem(where, "within", "'within' telt vanaf een stap: noem ook 'step'")
