"""CLI `contract`: the non-pestcontract and the pupil's plan (list, new, edit, sign,
history, pdf). Forms by the number `contract list` prints. Arguments:
app/cli/arguments/forms.py."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.casefile import CaseFile
from app.cli import lookup
from app.cli.context import open_case_file, print_json, print_list, warn
from app.cli.paths import require_output_folder
from app.cli.values import choose, number, parse_day
from app.domain import Case
from app.errors import InvalidInputError, NotFoundError
from app.forms import FIELDS, CaseForm, FormKind, Signer
from app.timeutil import format_date_nl


def _form_json(form: CaseForm) -> dict[str, Any]:
    return {"id": form.id, "kind": form.kind.value, "title": form.title,
            "pupil": form.person_name, "fields": form.fields,
            "evaluate_on": _day(form.evaluate_on), "version": form.version,
            "signed": {s.value: d.isoformat() for s, d in form.signed.items()}}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _line(form: CaseForm) -> str:
    signed = ", ".join(f"{s.value} {format_date_nl(d)}" for s, d in form.signed.items())
    return (f"#{form.id}  {form.title}  {form.person_name}  versie {form.version}"
            f"  ondertekend: {signed or 'nog niet'}")


def _form(vault: CaseFile, case: Case, text: str) -> CaseForm:
    form_id = number(text, "contract of plan")
    try:
        found = vault.forms.get(form_id)
    except NotFoundError:
        found = None
    if found is None or found.case_id != case.id:
        raise InvalidInputError("cli.no_such_form", case=case.reference, form=form_id)
    return found


def _given(args: argparse.Namespace, kind: FormKind, current: dict[str, str]
           ) -> dict[str, str]:
    """The fields of `kind`: what was given on the command line, else the current text."""
    fields = dict(current)
    for key, _label in FIELDS[kind]:
        value = getattr(args, key)
        if value is not None:
            fields[key] = value
    other = [k for kinds in FIELDS.values() for k, _l in kinds
             if getattr(args, k) is not None and k not in fields]
    if other:
        raise InvalidInputError("form.unknown_field", field=other[0])
    return fields


def _show(args: argparse.Namespace, form: CaseForm, said: str) -> int:
    if args.json:
        print_json(_form_json(form))
    else:
        print(said)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        found = vault.forms.for_case(case.id)
    return print_list(found, as_json=args.json, json_of=_form_json, line_of=_line,
                      empty=f"Melding {case.reference} heeft nog geen contract of plan.")


def cmd_new(args: argparse.Namespace) -> int:
    kind = choose(FormKind, args.kind)
    evaluate_on = parse_day(args.evaluate_on) if args.evaluate_on else None
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        pupil = lookup.participant(vault, case, args.pupil)
        form = vault.forms.create(case.id, kind, pupil.person.id, _given(args, kind, {}),
                                  evaluate_on)
    return _show(args, form, f"{form.title} #{form.id} opgesteld bij {case.reference}")


def cmd_edit(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        current = _form(vault, case, args.form_id)
        evaluate_on = parse_day(args.evaluate_on) if args.evaluate_on else current.evaluate_on
        form = vault.forms.update(current.id, _given(args, current.kind, current.fields),
                                  evaluate_on, args.reason)
    return _show(args, form, f"{form.title} #{form.id} is nu versie {form.version}")


def cmd_sign(args: argparse.Namespace) -> int:
    signer = choose(Signer, args.by)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        current = _form(vault, case, args.form_id)
        on = parse_day(args.on) if args.on else vault.clock.today_local()
        form = vault.forms.sign(current.id, signer, on)
    return _show(args, form, f"{form.title} #{form.id}: ondertekend door {signer.value} "
                             f"op {format_date_nl(on)}")


def cmd_history(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        current = _form(vault, case, args.form_id)
        revisions = vault.forms.revisions(current.id)
    if args.json:
        print_json([{"version": r.version, "fields": r.fields,
                     "evaluate_on": _day(r.evaluate_on),
                     "signed": {s.value: d.isoformat() for s, d in r.signed.items()},
                     "replaced_at": r.replaced_at.isoformat(), "reason": r.reason}
                    for r in revisions])
        return 0
    if not revisions:
        print(f"{current.title} #{current.id} heeft nog geen eerdere versies.")
    for r in revisions:
        print(f"versie {r.version}, vervangen op {format_date_nl(r.replaced_at)}: {r.reason}")
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    require_output_folder(args.output)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        current = _form(vault, case, args.form_id)
        problems = vault.forms.check(current.id)
        saved = vault.forms.export_pdf(current.id, args.output, confirm=args.confirm)
    for problem in problems:
        warn(problem)
    if args.json:
        print_json({"path": str(saved), "form": current.id, "warnings": problems})
    else:
        print(f"{current.title} opgeslagen: {saved}")
    return 0
