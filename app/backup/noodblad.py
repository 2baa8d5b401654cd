"""The Noodblad: a one-page PDF with the recovery code (and its QR code) and how to keep it."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.atomic import write_atomically
from app.timeutil import format_date_nl

TITLE = "Noodblad Pestdossier"
KEEP_TEXT = ("Bewaar dit blad thuis of op een andere persoonlijke, veilige plek. Nooit in een "
             "gedeelde schoolkluis of een map van school: alleen u als vertrouwenspersoon mag "
             "deze dossiers lezen, en met dit blad en een reservekopie kan iemand ze openen.")
WHAT_TEXT = ("Met deze herstelcode zet u de nieuwste reservekopie van uw kluis terug als u het "
             "wachtwoord bent vergeten; daarna kiest u een nieuw wachtwoord. Er gaat niets "
             "verloren: bij elke vergrendeling en elke keer sluiten maakt Pestdossier een "
             "reservekopie.")
HOW_TEXT = ("In Pestdossier: 'Wachtwoord vergeten?' op het ontgrendelscherm, of "
            "pestdossier-cli restore RESERVEKOPIE --to NIEUWE_KLUIS --recovery-code-stdin. "
            "Maakt u later een nieuw Noodblad, dan geldt deze code niet meer voor nieuwe "
            "reservekopieën: vernietig dit blad dan.")


def _qr(code: str) -> Drawing:
    widget = QrCodeWidget(code)
    left, bottom, right, top = widget.getBounds()
    size = 45 * mm
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0,
                                              size / (top - bottom), 0, 0])
    drawing.add(widget)
    return drawing


def render_noodblad(code: str, vault_name: str, created_on: date) -> bytes:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    code_style = styles["Heading1"].clone("code", fontName="Courier-Bold", fontSize=17,
                                          leading=22)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=TITLE, author="Pestdossier",
                            leftMargin=20 * mm, rightMargin=20 * mm)
    story = [
        Paragraph(TITLE, styles["Title"]),
        Paragraph(f"Kluis: <b>{vault_name}</b>", body),
        Paragraph(f"Herstelcode gemaakt op: {format_date_nl(created_on)}", body),
        Spacer(1, 6 * mm),
        Paragraph("Herstelcode", styles["Heading2"]),
        Paragraph(code, code_style),
        _qr(code),
        Spacer(1, 6 * mm),
        Paragraph("Wat is dit?", styles["Heading2"]), Paragraph(WHAT_TEXT, body),
        Paragraph("Zo bewaart u het", styles["Heading2"]), Paragraph(KEEP_TEXT, body),
        Paragraph("Zo gebruikt u het", styles["Heading2"]), Paragraph(HOW_TEXT, body),
    ]
    doc.build(story)
    return out.getvalue()


def write_noodblad(target: Path, code: str, vault_name: str, created_on: date) -> Path:
    return write_atomically(target, render_noodblad(code, vault_name, created_on), mode=0o600)
