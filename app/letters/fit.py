"""Which letters fit a case: its protocol, the approach chosen, and its situation.

A template says where it fits in its header (resources/templates/README.md):
`# protocollen:` only for these protocols, `# aanpak:` only after one of these choice
options (when the protocol offers such a choice at all), `# niet-bij:` never in these
situations. A letter must also be named by the protocol (a step's `letters` or an
[[inform]] `template`), unless the case has no protocol yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.casework.model import Priority
from app.letters.templates import LETTER_IDS, LetterTemplate, load_template
from app.protocols import Protocol

if TYPE_CHECKING:
    from app.vault import Vault

#: Offences that make a case acute: a letter promising no blame does not fit then.
ACUTE_OFFENCES = frozenset({"afpersing", "bedreiging"})


@dataclass(frozen=True)
class CaseSituation:
    protocol: Protocol | None
    chosen: frozenset[str]          # choice options recorded under the current protocol
    situations: frozenset[str]      # e.g. {"acuut"}


def read_situation(vault: Vault, case_id: int, protocol: Protocol | None) -> CaseSituation:
    chosen = {str(r[0]) for r in vault.query(
        "SELECT s.option FROM step_choices s WHERE s.case_protocol_id ="
        " (SELECT max(id) FROM case_protocols WHERE case_id = ?)", (case_id,))}
    offences = {str(r[0]) for r in vault.query(
        "SELECT offence FROM case_offences WHERE case_id = ?", (case_id,))}
    priority = vault.query("SELECT priority FROM case_priorities WHERE case_id = ?"
                           " ORDER BY id DESC LIMIT 1", (case_id,))
    acute = bool(offences & ACUTE_OFFENCES) or (
        bool(priority) and priority[0][0] == Priority.ACUUT.value)
    return CaseSituation(protocol, frozenset(chosen),
                         frozenset({"acuut"} if acute else set()))


def _restricted_protocols() -> frozenset[str]:
    """Protocol ids some template names: a school's own protocol with another id is
    not held to `# protocollen:` (its own file names the letters it wants)."""
    return frozenset(p for t in LETTER_IDS for p in load_template(t).protocols)


def fits(template: LetterTemplate, case: CaseSituation) -> bool:
    protocol = case.protocol
    if protocol is None:
        return not (set(template.not_in) & case.situations)
    if template.protocols and protocol.id in _restricted_protocols() \
            and protocol.id not in template.protocols:
        return False
    offered = {o.id for s in protocol.steps if s.choice for o in s.choice.options}
    if set(template.approaches) & offered and not set(template.approaches) & case.chosen:
        return False
    return not set(template.not_in) & case.situations


def named_by(protocol: Protocol) -> set[str]:
    wanted = {i.template for i in protocol.inform if i.template}
    for step in protocol.steps:
        wanted.update(step.letters)
    return wanted


def fitting_ids(case: CaseSituation) -> list[str]:
    """The template ids to offer for this case, in LETTER_IDS order."""
    wanted = named_by(case.protocol) if case.protocol else set(LETTER_IDS)
    return [t for t in LETTER_IDS if t in wanted and fits(load_template(t), case)]
