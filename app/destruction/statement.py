"""The "verklaring van vernietiging": one Dutch page from a destruction record.

Everything on it comes from the audit line that remains (no case content exists any
more): the reference, when, why, how much, the content hash and the line's place in the
audit chain, and who signs for it (the counsellor named in the vault).
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.destruction.model import DestructionCounts, DestructionKind, DestructionRecord
from app.dossier.styles import MUTED, RULE, SHADE, make_styles
from app.timeutil import format_datetime_nl
from app.wording import human_size

TITLES = {DestructionKind.DESTROYED: "Verklaring van vernietiging",
          DestructionKind.ANONYMISED: "Verklaring van anonimisering"}
INTRO = {
    DestructionKind.DESTROYED: (
        "Hierbij verklaart de ondergetekende dat het dossier met kenmerk <b>{ref}</b> op "
        "{at} uit de versleutelde kluis van Pestdossier is vernietigd: de melding met alle "
        "aantekeningen en eerdere versies, de betrokkenen die in geen ander dossier "
        "voorkomen, het bewijs, de chats, de conceptteksten en de gegevens over "
        "verstuurde brieven en exports. De vrijgekomen ruimte in de kluis is overschreven "
        "en teruggegeven; de reservekopieën zijn daarna vervangen."),
    DestructionKind.ANONYMISED: (
        "Hierbij verklaart de ondergetekende dat het dossier met kenmerk <b>{ref}</b> op "
        "{at} in de versleutelde kluis van Pestdossier is geanonimiseerd: namen, "
        "betrokkenen, vrije tekst, bewijs, chats en brieven zijn verwijderd. Alleen de "
        "gegevens voor het anonieme jaarverslag zijn bewaard (soort melding, data per "
        "maand, protocol, urgentie, uitkomst, strafbare feiten, platform)."),
}
ROWS = (("entries", "Aantekeningen in de tijdlijn"), ("revisions", "Eerdere versies"),
        ("people_links", "Koppelingen met betrokkenen"),
        ("people", "Betrokkenen die in geen ander dossier voorkomen"),
        ("identity_forms", "Bijnamen, accounts en contactgegevens"),
        ("evidence", "Bewijsstukken"), ("chats", "Chats"),
        ("letters", "Verstuurde brieven (vastlegging)"),
        ("exports", "Exports: dossiers, pakketten, originelen (vastlegging)"),
        ("drafts", "Conceptteksten"), ("casework", "Protocolgegevens (stappen, afspraken, ...)"),
        ("audit_lines", "Auditregels waarvan de details zijn verwijderd"))
OUTSIDE = ("Bestanden die eerder uit dit dossier zijn geëxporteerd (dossiers, pakketten, "
           "brieven, originelen) staan buiten de kluis en vallen niet onder deze verklaring; "
           "die vernietigt u zelf.")
HASH_TEXT = ("De controlewaarde is een SHA-256 over alle vernietigde gegevens. Ze bewijst "
             "later welke inhoud is vernietigd, zonder iets van die inhoud te bewaren. De "
             "vernietiging staat als regel {line} in het auditlog van de kluis; die regel "
             "en de keten van controlewaarden ervoor en erna zijn met 'Kluis controleren' "
             "(pestdossier-cli verify) na te gaan.")


def _count_rows(counts: DestructionCounts) -> list[list[str]]:
    values = counts.as_dict()
    rows = [[label, str(values[key])] for key, label in ROWS]
    rows.insert(6, ["Omvang van het bewijs", human_size(counts.evidence_bytes)])
    return rows


def _table(rows: list[list[str]], widths: tuple[float, float]) -> Table:
    styles = make_styles()
    table = Table([[Paragraph(escape(a), styles.cell), Paragraph(escape(b), styles.cell)]
                   for a, b in rows], colWidths=widths)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def render_statement(record: DestructionRecord, *, counsellor: str, school: str) -> bytes:
    styles = make_styles()
    title = TITLES[record.kind]
    at = format_datetime_nl(record.at)
    facts = [["Kenmerk", record.reference], ["Datum en tijd", at],
             ["Reden", record.reason], ["Vastgelegd door", record.actor],
             ["Controlewaarde (SHA-256)", record.content_sha256],
             ["Auditregel", f"{record.audit_id} (controlewaarde {record.audit_hash})"]]
    if school:
        facts.insert(0, ["School", school])
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=f"{title} {record.reference}",
                            author="Pestdossier", leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=14 * mm)
    width = A4[0] - 40 * mm
    signer = escape(counsellor or record.actor)
    story = [
        Paragraph(f"{title}", styles.h1),
        Paragraph(INTRO[record.kind].format(ref=escape(record.reference), at=at), styles.body),
        _table(facts, (48 * mm, width - 48 * mm)),
        Paragraph("Wat is verwijderd", styles.h2),
        _table(_count_rows(record.counts), (width - 30 * mm, 30 * mm)),
        Spacer(1, 3 * mm),
        Paragraph(OUTSIDE, styles.note),
        Paragraph(HASH_TEXT.format(line=record.audit_id), styles.note),
        Spacer(1, 8 * mm),
        Paragraph(f"Vertrouwenspersoon: <b>{signer}</b>", styles.body),
        Spacer(1, 12 * mm),
        Paragraph("Handtekening: ______________________________", styles.body),
        Paragraph("Gemaakt met Pestdossier uit het auditlog van de kluis.",
                  styles.small.clone("foot", textColor=MUTED)),
    ]
    doc.build(story)
    return out.getvalue()
