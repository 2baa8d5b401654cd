"""Writing the access overview: render in memory, leak check, write, audit, answer.

The same guarantees as a dossier export (app/dossier/exports.py): nothing touches the
disk before the leak check passed; the file appears complete or not at all, inside the
transaction that records `access.exported` and marks the request answered.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING

from app.access.gather import gather
from app.access.model import AccessExport, AccessRequest
from app.access.overview import build_overview
from app.atomic import check_target, pending_file
from app.dossier.leak_check import assert_no_leaks
from app.dossier.render import render_dossier

if TYPE_CHECKING:
    from app.access.facts import CaseFacts
    from app.identities import IdentityService
    from app.vault import Vault

ACTION = "access.exported"


def render_overview(vault: Vault, identities: IdentityService, request: AccessRequest,
                    more_facts: CaseFacts | None = None) -> tuple[bytes, int, AccessExport]:
    """The checked PDF bytes, its page count and what it holds (path still empty)."""
    data = gather(vault, identities, request.person)
    author = vault.get_meta("counsellor") or vault.audit.actor
    doc, pseudo = build_overview(data, request, school=vault.get_meta("school") or "",
                                 author=author, now=vault.clock.now(), more_facts=more_facts)
    allowed = (doc.recipient, doc.author, doc.school_name)
    buf = io.BytesIO()
    result = render_dossier(doc, buf, check=lambda pdf: assert_no_leaks(pdf, pseudo.hidden,
                                                                         allowed))
    pdf = buf.getvalue()
    summary = AccessExport(path="", sha256=hashlib.sha256(pdf).hexdigest(),
                           page_count=result.page_count, request_id=request.id,
                           case_count=len(data.cases),
                           entry_count=sum(len(c.entries) for c in data.cases),
                           work_notes_left_out=data.work_notes)
    return pdf, result.page_count, summary


def export_overview(vault: Vault, identities: IdentityService, request: AccessRequest,
                    path: Path | str, more_facts: CaseFacts | None = None) -> AccessExport:
    target = Path(path)
    check_target(target)
    pdf, pages, summary = render_overview(vault, identities, request, more_facts)
    today = vault.clock.today_local()
    with pending_file(target, journal=vault) as pending:
        pending.write(pdf)
        pending.sync()
        with vault.write() as tx:
            tx.execute("UPDATE access_requests SET answered_on = ? WHERE id = ?"
                       " AND answered_on IS NULL", (today.isoformat(), request.id))
            vault.audit.record(tx, ACTION, "person", request.person.id,
                               request_id=request.id, sha256=summary.sha256, page_count=pages,
                               bytes=len(pdf), file=target.name, cases=summary.case_count,
                               entries=summary.entry_count,
                               work_notes_left_out=summary.work_notes_left_out)
            written = pending.commit()
    return AccessExport(str(written), summary.sha256, pages, request.id, summary.case_count,
                        summary.entry_count, summary.work_notes_left_out)
