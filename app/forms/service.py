"""`case_file.forms`: the non-pestcontract and the pupil's plan.

    form = forms.create(case.id, FormKind.CONTRACT, pupil.id, {"stops": "..."})
    forms.update(form.id, {"stops": "...", "instead": "..."}, reason="na het gesprek")
    forms.sign(form.id, Signer.OUDERS, date(2026, 12, 3))
    forms.export_pdf(form.id, "contract.pdf")   # refuses when another child is named

A change keeps the previous content as a revision with its reason, and clears the
signatures: what was signed is the old text, which the revision keeps. Making a form
puts a line on the timeline; every change, signature and export is audited.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic import pending_file
from app.cases import require_case, touch_case
from app.domain import EntryKind, Precision, Role
from app.errors import InvalidInputError, NotFoundError
from app.forms.model import (
    FIELDS,
    REQUIRED,
    TITLES,
    CaseForm,
    FormKind,
    FormRevision,
    Signer,
)
from app.letters.compose import other_children_named
from app.messages import Message
from app.people import PeopleRepository
from app.reasons import clean_reason
from app.timeline import TimelineRepository
from app.timeutil import from_storage, to_storage

if TYPE_CHECKING:
    from app.vault import Vault
    from app.vault.connection import Connection

_ADULTS = frozenset({Role.OUDER, Role.MENTOR})
#: 003: "Na een week volgt een evaluatie" after the pupil's plan is made.
PLAN_EVALUATION_DAYS = 7
MAX_FIELD = 4000
_COLUMNS = "f.id, f.case_id, f.kind, f.person_id, p.name, f.content, f.version, f.created_at," \
           " f.updated_at"


def _content(fields: Mapping[str, str], evaluate_on: date | None,
             signed: Mapping[Signer, date]) -> str:
    return json.dumps({"fields": dict(fields),
                       "evaluate_on": evaluate_on.isoformat() if evaluate_on else None,
                       "signed": {s.value: d.isoformat() for s, d in signed.items()}},
                      ensure_ascii=False, sort_keys=True)


def _parse(content: str) -> tuple[dict[str, str], date | None, dict[Signer, date]]:
    data: dict[str, Any] = json.loads(content)
    evaluate_on = date.fromisoformat(data["evaluate_on"]) if data.get("evaluate_on") else None
    signed = {Signer(k): date.fromisoformat(v) for k, v in data.get("signed", {}).items()}
    return dict(data.get("fields", {})), evaluate_on, signed


def _clean_fields(kind: FormKind, fields: Mapping[str, str]) -> dict[str, str]:
    known = {key for key, _label in FIELDS[kind]}
    for key in fields:
        if key not in known:
            raise InvalidInputError("form.unknown_field", field=key)
    cleaned = {key: fields.get(key, "").strip() for key, _label in FIELDS[kind]}
    if any(len(text) > MAX_FIELD for text in cleaned.values()):
        raise InvalidInputError("form.field_too_long", limit=MAX_FIELD)
    if any(not cleaned[key] for key in REQUIRED[kind]):
        raise InvalidInputError("form.required_missing", kind=TITLES[kind])
    return cleaned


class FormService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._people = PeopleRepository(vault)
        self._timeline = TimelineRepository(vault)

    # -- reading ---------------------------------------------------------------------------
    def _row(self, row: tuple[Any, ...]) -> CaseForm:
        fields, evaluate_on, signed = _parse(row[5])
        return CaseForm(id=int(row[0]), case_id=int(row[1]), kind=FormKind(row[2]),
                        person_id=int(row[3]), person_name=row[4], fields=fields,
                        evaluate_on=evaluate_on, signed=signed, version=int(row[6]),
                        created_at=from_storage(row[7]), updated_at=from_storage(row[8]))

    def get(self, form_id: int) -> CaseForm:
        rows = self._vault.query(f"SELECT {_COLUMNS} FROM case_forms f JOIN people p"
                                 " ON p.id = f.person_id WHERE f.id = ?", (form_id,))
        if not rows:
            raise NotFoundError("form.not_found")
        return self._row(rows[0])

    def for_case(self, case_id: int) -> list[CaseForm]:
        """The case's contracts and plans, newest first."""
        return [self._row(r) for r in self._vault.query(
            f"SELECT {_COLUMNS} FROM case_forms f JOIN people p ON p.id = f.person_id"
            " WHERE f.case_id = ? ORDER BY f.id DESC", (case_id,))]

    def revisions(self, form_id: int) -> list[FormRevision]:
        """Earlier versions, oldest first (the current one is `get`)."""
        self.get(form_id)
        revisions = []
        for row in self._vault.query("SELECT version, content, written_at, replaced_at, reason"
                                     " FROM case_form_revisions WHERE form_id = ? ORDER BY id",
                                     (form_id,)):
            fields, evaluate_on, signed = _parse(row[1])
            revisions.append(FormRevision(int(row[0]), fields, evaluate_on, signed,
                                          from_storage(row[2]), from_storage(row[3]), row[4]))
        return revisions

    # -- writing ---------------------------------------------------------------------------
    def create(self, case_id: int, kind: FormKind, person_id: int,
               fields: Mapping[str, str], evaluate_on: date | None = None) -> CaseForm:
        kind = FormKind(kind)
        cleaned = _clean_fields(kind, fields)
        pupil = self._pupil(case_id, person_id)
        if evaluate_on is None and kind is FormKind.PLAN:
            evaluate_on = self._vault.clock.today_local() + timedelta(days=PLAN_EVALUATION_DAYS)
        now = self._vault.clock.now()
        with self._vault.write() as tx:
            require_case(tx, case_id)
            cur = tx.execute(
                "INSERT INTO case_forms (case_id, person_id, kind, content, search_text,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                (case_id, person_id, kind.value, _content(cleaned, evaluate_on, {}),
                 " ".join(cleaned.values()), to_storage(now), to_storage(now)))
            form_id = int(cur.lastrowid or 0)
            touch_case(tx, case_id, now)
            self._timeline.add(case_id, EntryKind.AFSPRAAK,
                               f"{TITLES[kind]} opgesteld met {pupil}.", now,
                               Precision.EXACT, pupil)
            self._audit(tx, "form.created", case_id, form_id=form_id, kind=kind.value)
        return self.get(form_id)

    def update(self, form_id: int, fields: Mapping[str, str], evaluate_on: date | None,
               reason: str) -> CaseForm:
        """Change the text; the old version stays as a revision, the signatures go."""
        current = self.get(form_id)
        cleaned = _clean_fields(current.kind, fields)
        if cleaned == current.fields and evaluate_on == current.evaluate_on:
            return current
        return self._replace(current, cleaned, evaluate_on, {}, clean_reason(reason),
                             "form.changed")

    def sign(self, form_id: int, signer: Signer, on: date) -> CaseForm:
        """Note that `signer` signed the printed form on `on`."""
        current = self.get(form_id)
        signer = Signer(signer)
        signed = {**current.signed, signer: on}
        return self._replace(current, current.fields, current.evaluate_on, signed,
                             f"ondertekend: {signer.value}", "form.signed")

    def _replace(self, current: CaseForm, fields: dict[str, str], evaluate_on: date | None,
                 signed: dict[Signer, date], reason: str, action: str) -> CaseForm:
        now = self._vault.clock.now()
        with self._vault.write() as tx:
            touch_case(tx, current.case_id, now)
            tx.execute("INSERT INTO case_form_revisions (form_id, case_id, version, content,"
                       " written_at, replaced_at, reason) VALUES (?,?,?,?,?,?,?)",
                       (current.id, current.case_id, current.version,
                        _content(current.fields, current.evaluate_on, current.signed),
                        to_storage(current.updated_at or now), to_storage(now), reason))
            tx.execute("UPDATE case_forms SET content = ?, search_text = ?, version = ?,"
                       " updated_at = ? WHERE id = ?",
                       (_content(fields, evaluate_on, signed), " ".join(fields.values()),
                        current.version + 1, to_storage(now), current.id))
            self._audit(tx, action, current.case_id, form_id=current.id,
                        version=current.version + 1)
        return self.get(current.id)

    # -- output ----------------------------------------------------------------------------
    def check(self, form_id: int) -> list[Message]:
        """Other children of the case named in the form: it goes to this pupil's family."""
        form = self.get(form_id)
        named = other_children_named(self._people, form.case_id,
                                     "\n".join(form.fields.values()),
                                     self._people.get(form.person_id))
        return [Message("form.names_other_child", name=name) for name in sorted(set(named))]

    def export_pdf(self, form_id: int, path: Path | str, *, confirm: bool = False) -> Path:
        """Write the form as a PDF to sign (atomically), audited as an export. With another
        child named in it, only when `confirm` says the counsellor saw that."""
        from app.forms.pdf import render_form  # noqa: PLC0415 - reportlab loads late

        problems = self.check(form_id)
        if problems and not confirm:
            raise InvalidInputError(problems[0].code, **problems[0].params)
        form = self.get(form_id)
        data = render_form(form, school=self._vault.get_meta("school") or "",
                           today=self._vault.clock.today_local())
        with pending_file(Path(path), journal=self._vault) as pending:
            pending.write(data)
            pending.sync()
            with self._vault.write() as tx:
                self._audit(tx, "form.exported", form.case_id, form_id=form.id,
                            kind=form.kind.value, version=form.version,
                            file=Path(path).name)
                return pending.commit()

    # -- helpers ---------------------------------------------------------------------------
    def _pupil(self, case_id: int, person_id: int) -> str:
        for p in self._people.for_case(case_id):
            if p.person.id == person_id:
                if p.role in _ADULTS:
                    raise InvalidInputError("form.pupil_is_adult")
                return p.person.name
        raise InvalidInputError("form.pupil_not_in_case")

    def _audit(self, tx: Connection, action: str, case_id: int, **details: object) -> None:
        self._vault.audit.record(tx, action, "case", case_id, **details)

