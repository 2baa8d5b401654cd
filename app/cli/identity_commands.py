"""CLI subcommands on the identity register: identities, add-identity, remove-identity,
link-identity, who-is. Arguments: app/cli/arguments/identities.py."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app.casefile import CaseFile
from app.cli import lookup
from app.cli.context import open_case_file, print_json
from app.errors import InvalidInputError
from app.identities import FormKind, IdentityForm, IdentityRegister
from app.wording import label

_KIND_WORDS = {FormKind.NICKNAME: "bijnaam", FormKind.ACCOUNT: "account",
               FormKind.PHONE: "telefoon", FormKind.EMAIL: "e-mail"}


def _form_json(f: IdentityForm) -> dict[str, Any]:
    return {"id": f.id, "kind": f.kind.value, "value": f.value, "platform": f.platform,
            "display_name": f.display_name, "url": f.url}


def _form_line(f: IdentityForm) -> str:
    extra = ", ".join(t for t in (f.platform, f.display_name, f.url) if t)
    value = f"@{f.value}" if f.kind is FormKind.ACCOUNT else f.value
    # a case account (negative id) is changed with `accounts`, under its own number
    number = f"[{f.id}]" if f.id > 0 else f"[accounts {-f.id}]"
    return f"    {number} {_KIND_WORDS[f.kind]}: {value}" + (f" ({extra})" if extra else "")


def _register_json(reg: IdentityRegister) -> dict[str, Any]:
    return {"people": [{"name": i.person.name, "group": i.person.group_name,
                        "roles": [r.value for r in i.roles],
                        "forms": [_form_json(f) for f in i.forms]} for i in reg.people],
            "unlinked": [{**asdict(u), "kind": u.kind.value} for u in reg.unlinked]}


def cmd_identities(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        reg = vault.identities.register(case.id)
    if args.json:
        print_json(_register_json(reg))
        return 0
    for identity in reg.people:
        roles = ", ".join(label(r).lower() for r in identity.roles)
        group = f" ({identity.person.group_name})" if identity.person.group_name else ""
        print(f"{identity.person.name}{group}: {roles}")
        for form in identity.forms:
            print(_form_line(form))
    if reg.unlinked:
        print("Wie is dit? Niet gekoppeld aan een betrokkene (koppel met link-identity):")
        for u in reg.unlinked:
            print(f"    {u.value} ({u.platform or 'onbekend platform'}; "
                  f"{', '.join(u.sources)})")
    return 0


def _chosen(args: argparse.Namespace) -> tuple[FormKind, str]:
    for kind, value in ((FormKind.NICKNAME, args.nickname), (FormKind.ACCOUNT, args.account),
                        (FormKind.PHONE, args.phone), (FormKind.EMAIL, args.email)):
        if value is not None:
            return kind, value
    raise InvalidInputError("identity.value_missing")


def cmd_add_identity(args: argparse.Namespace) -> int:
    kind, value = _chosen(args)
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        person = lookup.participant(vault, case, args.person).person
        form = vault.identities.add(person.id, kind, value, platform=args.platform,
                                    display_name=args.display_name, url=args.url)
    if args.json:
        print_json(_form_json(form))
    else:
        print(f"Toegevoegd bij {person.name}:\n{_form_line(form)}")
    return 0


def _case_form(vault: CaseFile, case_ref: str, form_id: int) -> IdentityForm:
    """A name form or account of someone in this case (not of another case's person)."""
    case = vault.cases.by_reference(case_ref)
    for person in vault.identities.register(case.id).people:
        for form in person.forms:
            if form.id == form_id:
                return form
    raise InvalidInputError("identity.not_found")


def cmd_remove_identity(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        form = _case_form(vault, args.case_ref, args.form_id)
        vault.identities.remove(form.id)
    if args.json:
        print_json({"removed": _form_json(form)})
    else:
        print(f"Weggehaald:\n{_form_line(form)}")
    return 0


def cmd_edit_identity(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        old = _case_form(vault, args.case_ref, args.form_id)
        changes = {k: getattr(args, k) for k in ("value", "platform", "display_name", "url")}
        if all(v is None for v in changes.values()):
            raise InvalidInputError("cli.identity_nothing_to_change")
        form = vault.identities.update(
            old.id, old.value if args.value is None else args.value,
            platform=old.platform if args.platform is None else args.platform,
            display_name=old.display_name if args.display_name is None else args.display_name,
            url=old.url if args.url is None else args.url)
    if args.json:
        print_json(_form_json(form))
    else:
        print(f"Gewijzigd:\n{_form_line(form)}")
    return 0


def cmd_link_identity(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        wanted = args.value.strip().lstrip("@").casefold()
        found = [u for u in vault.identities.register(case.id).unlinked
                 if u.value.casefold() == wanted]
        if not found:
            raise InvalidInputError("identity.not_found")
        person = lookup.participant(vault, case, args.person).person
        form = vault.identities.link(person.id, found[0])
    if args.json:
        print_json(_form_json(form))
    else:
        print(f"{found[0].value} is {person.name}.")
    return 0


def cmd_who_is(args: argparse.Namespace) -> int:
    with open_case_file(args) as vault:
        case = vault.cases.by_reference(args.case_ref)
        found = vault.handover.who_is(case.id, args.label.strip())
    if args.json:
        print_json([{"exported_at": r.exported_at, "profile": r.profile, "file": r.file_name,
                     "name": name} for r, name in found])
        return 0
    if not found:
        print(f"'{args.label}' komt in geen gepseudonimiseerde export van {case.reference} "
              "voor.")
    for record, name in found:
        print(f"{record.exported_at:%d-%m-%Y %H:%M} · {record.profile_label} · "
              f"{record.file_name}: {name}")
    return 0
