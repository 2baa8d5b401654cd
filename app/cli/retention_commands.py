"""CLI subcommands for retention and consent: retention, retention-due, consent.
Their arguments: app/cli/arguments/retention.py."""

from __future__ import annotations

import argparse

from app.casefile import CaseFile
from app.cli.context import open_case_file, print_json, warn
from app.cli.values import parse_day
from app.consent import Consent, ConsentAnswer, ConsentForm, consent_summary
from app.errors import InvalidInputError
from app.retention import Retention, RuleKind
from app.retention.text import retention_text
from app.timeutil import format_date_nl
from app.wording import dutch

_ANSWERS = {"yes": ConsentAnswer.GEGEVEN, "no": ConsentAnswer.NIET_GEGEVEN,
            "partly": ConsentAnswer.GEDEELTELIJK}


def retention_json(r: Retention) -> dict[str, object]:
    return {
        "case": r.reference, "rule": r.rule_id, "label": r.rule.label if r.rule else "",
        "until": r.until.isoformat() if r.until else None,
        "pending": dutch(r.pending) if r.pending else None,
        "explanation": dutch(r.explanation) if r.explanation else "",
        "leaves_on": r.leaves_on.isoformat() if r.leaves_on else None,
        "reason": r.choice.reason if r.choice else "",
        "chosen": r.choice is not None,
    }


def consent_json(c: Consent | None) -> dict[str, object] | None:
    if c is None:
        return None
    return {"asked": c.asked, "answer": c.answer.value if c.answer else None, "how": c.how,
            "on": c.on.isoformat() if c.on else None, "asked_by": c.asked_by, "note": c.note,
            "source": c.source.value, "summary": consent_summary(c)}


def _rules_problems(vault: CaseFile) -> None:
    for error in vault.retention.rules.errors:
        warn(str(error))


def _set_retention(vault: CaseFile, case_id: int, args: argparse.Namespace) -> Retention:
    leaves_on = parse_day(args.leaves_on) if args.leaves_on else None
    until = parse_day(args.until) if args.until else None
    rule = args.rule
    if rule is None and until is not None:
        rule = next((r.id for r in vault.retention.rules.all() if r.kind is RuleKind.CUSTOM),
                    None)
    if rule is None:
        rule = vault.retention.for_case(case_id).rule_id
    if not rule:
        raise InvalidInputError("cli.retention_rule_missing")
    return vault.retention.set_rule(case_id, rule, args.reason, leaves_on=leaves_on,
                                    custom=until)


def cmd_retention(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        _rules_problems(vault)
        case = vault.cases.by_reference(args.case_ref)
        if args.rule or args.leaves_on or args.until:
            retention = _set_retention(vault, case.id, args)
        else:
            retention = vault.retention.for_case(case.id)
    if args.json:
        print_json(retention_json(retention))
        return 0
    print(f"{case.reference}: bewaren tot {retention_text(retention)}")
    if retention.explanation:
        print(f"  {dutch(retention.explanation)}")
    if retention.choice:
        print(f"  Gekozen op {format_date_nl(retention.choice.set_at)}: {retention.choice.reason}")
    return 0


def cmd_retention_due(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        _rules_problems(vault)
        due = vault.retention.due()
    if args.json:
        print_json([retention_json(r) for r in due])
        return 0
    if not due:
        print("Geen meldingen waarvan de bewaartermijn verstreken is.")
        return 0
    for r in due:
        print(f"{r.reference}  {r.title}: bewaren tot {retention_text(r)}")
    print(f"{len(due)} meldingen: vernietigen of anonimiseren.")
    return 0


def _consent_form(args: argparse.Namespace) -> ConsentForm:
    on = parse_day(args.on) if args.on else None
    if args.not_asked:
        return ConsentForm(False, note=args.note)
    return ConsentForm(True, _ANSWERS[args.given], args.how, on, args.by, args.note)


def cmd_consent(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        if args.given or args.not_asked:
            form = _consent_form(args)
            if form.asked and form.on is None:
                form = ConsentForm(True, form.answer, form.how, vault.clock.today_local(),
                                   form.asked_by, form.note)
            consent: Consent | None = vault.consent.record(case.id, form)
        elif args.how or args.by or args.on or args.note:
            raise InvalidInputError("cli.consent_answer_missing")
        else:
            consent = vault.consent.current(case.id)
    if args.json:
        print_json(consent_json(consent))
    else:
        print(f"{case.reference}: toestemming leerling: {consent_summary(consent)}")
    return 0
