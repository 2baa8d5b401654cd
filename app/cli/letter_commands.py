"""CLI subcommands for letters: `letters` (what the case's protocol suggests) and `letter`
(write one as text or PDF; the core records the export in the audit log). A letter that
names another child or a role gets a warning on stderr, as the window shows it.
Arguments: app/cli/arguments/dossier.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.casefile import CaseFile
from app.cli import lookup, shapes
from app.cli.context import open_case_file, print_json, warn
from app.cli.paths import require_output_folder
from app.cli.values import parse_moment
from app.domain import Case
from app.errors import InvalidInputError
from app.letters import LETTER_IDS, LetterDraft, load_template

_FORMATS = {".pdf": "pdf", ".txt": "tekst"}


def cmd_letters(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        suggestions = vault.letters.suggestions(case.id)
        names = {p.person.id: p.person.name for p in vault.people.for_case(case.id)}
    if args.json:
        print_json([shapes.letter_json(s, names.get(s.person_id) if s.person_id else None)
                    for s in suggestions])
        return 0
    for s in suggestions:
        child = f" --child '{names[s.person_id]}'" if s.person_id in names else ""
        print(f"{s.template_id:<26} {s.title}\n{'':<26} aan: {s.recipient}{child}")
    return 0


def _child_id(vault: CaseFile, case: Case, template_id: str, child: str | None) -> int | None:
    if child:
        return lookup.participant(vault, case, child).person.id
    if not load_template(template_id).per_child:
        return None
    ids = [s.person_id for s in vault.letters.suggestions(case.id)
           if s.template_id == template_id and s.person_id is not None]
    if len(ids) != 1:
        raise InvalidInputError("cli.letter_needs_child")
    return ids[0]


def _draft(vault: CaseFile, case: Case, args: argparse.Namespace) -> LetterDraft:
    if args.template not in LETTER_IDS:
        raise InvalidInputError("cli.unknown_letter", name=args.template,
                                choices=", ".join(LETTER_IDS))
    meeting_at = parse_moment(args.meeting_at) if args.meeting_at else None
    draft = vault.letters.draft(case.id, args.template,
                                person_id=_child_id(vault, case, args.template, args.child),
                                meeting_at=meeting_at)
    body = None
    if args.body_file is not None:
        try:
            body = args.body_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError("cli.unreadable_text", path=str(args.body_file)) from exc
    return draft.edited(subject=args.subject, body=body)


def cmd_letter(args: argparse.Namespace) -> int:
    target: Path = args.output
    how = _FORMATS.get(target.suffix.lower())
    if how is None:
        raise InvalidInputError("cli.letter_file_type")
    require_output_folder(target)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        draft = _draft(vault, case, args)
        problems = vault.letters.check(draft)
        letters = vault.letters
        saved = letters.export_pdf(draft, target) if how == "pdf" else \
            letters.export_text(draft, target)
    if args.json:
        print_json({"path": str(saved), "format": how, "template": draft.template_id,
                    "recipient": draft.recipient, "subject": draft.subject,
                    "warnings": problems})
    else:
        print(f"Brief opgeslagen: {saved}")
        print(f"Aan: {draft.recipient}")
    for problem in problems:
        warn(problem)
    return 0
