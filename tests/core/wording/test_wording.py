"""Words apart from rules: every message code the core raises or returns has a Dutch
template with exactly the placeholders its call sites give, and every labelled enum has
a Dutch label for every member. Codes are found by reading app/ with ast."""

from __future__ import annotations

import ast
import json
import pickle
import string
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

import pytest

from app.casework import AdviceAction, Outcome, Priority
from app.domain import CaseKind, Role
from app.errors import CaseNotFoundError, InvalidInputError, NotFoundError, PestdossierError
from app.evidence import EvidenceKind
from app.evidence.queries import _warnings
from app.messages import CODE, ByteSize, Message
from app.protocols import Duration
from app.wording import TEMPLATES, dutch, label
from app.wording.labels import LABELS

APP = Path(__file__).resolve().parents[3] / "app"


@dataclass(frozen=True)
class Use:
    code: str
    params: frozenset[str] | None  # None: passed on with **params, not checked here
    where: str


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of every class in app/ that derives from PestdossierError."""
    bases = {node.name: {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases}
             for tree in trees.values() for node in ast.walk(tree)
             if isinstance(node, ast.ClassDef)}
    found = {"PestdossierError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _literals(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def _scan() -> tuple[list[Use], list[str]]:
    """(every code used with the parameter names given, call sites that pass a sentence)."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in APP.rglob("*.py")
             if "wording" not in p.parts}
    makers = _error_classes(trees) | {"Message", "__init__"}
    uses: list[Use] = []
    bad: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            where = f"{path.relative_to(APP.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "default_code" for t in node.targets):
                uses += [Use(c, frozenset(), where) for c in _literals(node.value)]
            if not (isinstance(node, ast.Call) and _call_name(node) in makers and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.JoinedStr):
                bad.append(f"{where}: an f-string where a code belongs")
            keywords = None if any(k.arg is None for k in node.keywords) else frozenset(
                k.arg for k in node.keywords if k.arg)
            for text in _literals(first):
                if CODE.fullmatch(text):
                    uses.append(Use(text, keywords, where))
                else:
                    bad.append(f"{where}: {text!r} is a sentence, not a code")
    return uses, bad


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_code_in_the_core_has_a_dutch_template_with_its_placeholders() -> None:
    uses, bad = _scan()
    assert not bad, "\n".join(bad)
    assert len({u.code for u in uses}) > 150   # the scan finds the codes at all
    missing = sorted({f"{u.where}: {u.code}" for u in uses if u.code not in TEMPLATES})
    assert not missing, "No Dutch wording in app/wording:\n" + "\n".join(missing)
    mismatched = sorted(
        f"{u.where}: {u.code} gives {sorted(u.params)}, the template wants "
        f"{sorted(_placeholders(TEMPLATES[u.code]))}"
        for u in uses if u.params is not None and u.params != _placeholders(TEMPLATES[u.code]))
    assert not mismatched, "\n".join(mismatched)


def test_every_template_is_used_and_well_formed() -> None:
    used = {u.code for u in _scan()[0]}
    assert sorted(set(TEMPLATES) - used) == []
    for code, template in TEMPLATES.items():
        assert CODE.fullmatch(code), code
        sample = {name: "x" for name in _placeholders(template)}
        assert dutch(Message(code, **sample)), code


def test_parameters_are_worded_the_dutch_way() -> None:
    assert dutch(Message("schedule.done_late", latest=date(2026, 12, 2),
                         done=date(2026, 12, 9))) == (
        "Later gedaan dan gepland: uiterlijk 2 december 2026, gedaan op 9 december 2026.")
    assert dutch(Message("evidence.too_large_for_limit", size=ByteSize(5 * 1024**3),
                         limit=ByteSize(4 * 1024**3))).startswith(
        "Het bestand is te groot (5,0 GB); de grens voor bewijs in deze kluis is 4,0 GB.")
    assert dutch(Message("evidence.duplicate", item="B2", name=EvidenceKind.CHAT)) == (
        "Dit bestand zit al in het dossier als bewijsstuk B2 (Chatexport); er is niets dubbel "
        "opgeslagen.")
    assert dutch(Message("followup.after", label="Vervolggesprek",
                         offset=Duration(years=1, months=6))) == (
        "Vervolggesprek (na 1 jaar en 6 maanden)")
    waits = Message("step.waits_for", conditions=("De leerling stemt in", "Ouders weten het"))
    assert dutch(waits).startswith("Deze stap wacht nog op: de leerling stemt in, ouders weten")
    nested = Message("evidence.not_a_chat", reason=Message("chat.empty"))
    assert dutch(nested) == ("Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: "
                             "het bestand is leeg. Het bestand is ongewijzigd bewaard als "
                             "document.")


def test_errors_carry_code_params_and_dutch_message() -> None:
    error = InvalidInputError("step.unknown", protocol="Zesstappenplan", step="x")
    assert (error.code, dict(error.params)) == ("step.unknown",
                                                {"protocol": "Zesstappenplan", "step": "x"})
    assert error.message == str(error) == "Het protocol 'Zesstappenplan' heeft geen stap 'x'."
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InvalidInputError and copy.as_message() == error.as_message()
    assert PestdossierError().message == "Er ging iets mis."
    assert isinstance(CaseNotFoundError(), NotFoundError)
    assert CaseNotFoundError().message == "Deze melding bestaat niet (meer)."
    with pytest.raises(ValueError, match="not a message code"):
        InvalidInputError("Vul een naam in.")


def test_messages_are_values_and_survive_the_vault() -> None:
    first = Message("evidence.not_a_chat", reason=Message("chat.zip_bomb"))
    assert first == Message("evidence.not_a_chat", reason=Message("chat.zip_bomb"))
    assert len({first, Message("evidence.not_a_chat", reason=Message("chat.zip_bomb"))}) == 1
    stored = json.dumps([first.to_json(), Message("evidence.too_large_for_limit",
                                                  size=ByteSize(3), limit=ByteSize(1)).to_json()])
    assert _warnings(stored)[0] == first
    assert _warnings(stored)[1].params["size"] == ByteSize(3)
    with pytest.raises(AttributeError):
        first.code = "x.y"  # type: ignore[misc]


def test_warnings_stored_before_codes_still_read() -> None:
    legacy = json.dumps([
        ["damaged-image", "De afbeelding is beschadigd ..."],
        ["not-a-chat", "Dit bestand is geen WhatsApp-export die Pestdossier kan lezen: het "
                       "zip-bestand bevat geen chat (.txt). Het bestand is ongewijzigd bewaard "
                       "als document."],
        ["not-a-chat", "Deze export is te groot om als chat te lezen; ..."]])
    assert _warnings(legacy) == (
        Message("evidence.damaged_image"),
        Message("evidence.not_a_chat", reason=Message("chat.zip_without_chat")),
        Message("evidence.chat_too_large"))


def test_one_dutch_label_table_per_enum_and_none_on_the_enums() -> None:
    for enum, table in LABELS.items():
        assert set(table) == set(enum), f"{enum.__name__} lacks labels"
        assert all(text.strip() for text in table.values())
    assert label(Role.OUDER) == "Ouder/verzorger" and label(Outcome.GESTOPT).startswith("Het")
    assert label(Priority.ACUUT) == "Acuut" and label(AdviceAction.POLITIE_INGELICHT)
    for enum in (CaseKind, Role, Outcome, Priority, AdviceAction, EvidenceKind):
        member: Enum = next(iter(enum))
        assert not hasattr(member, "label"), f"{enum.__name__} labels itself"
