"""A fictional dossier for demos, tests and the benchmark (no real people).

``make_screenshot`` draws a phone screenshot (chat bubbles with lines of text) with
Pillow, so images behave like the real thing: large, mostly flat colour, with text.
"""

from __future__ import annotations

import hashlib
import io
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont

from app.dossier import document as d

_TEXT = (
    "ik snap niet waarom je dat doet iedereen lacht om jou morgen na school wacht ik "
    "op je niemand wil met je in de groep zitten haha kijk dan die foto stuur het maar "
    "door aan de hele klas je bent zo raar ga gewoon weg doe normaal laat haar met rust "
    "wie heeft dit gemaakt verwijder het nu ik zeg het tegen de mentor"
)
_WORDS = tuple(_TEXT.split())
_NAMES = ("Sanne", "Daan", "Noor", "Milan", "Fleur", "Bram", "Yara", "Luuk", "Şeyma", "Emre")
_FONT = Path(reportlab.__file__).resolve().parent / "fonts" / "Vera.ttf"


def _sentence(rng: random.Random, lo: int = 4, hi: int = 16) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize()


def make_screenshot(
    seed: int, width: int = 1080, height: int = 2400, fmt: str = "PNG", *, photo: bool = False
) -> bytes:
    """A chat-app screenshot: status bar, title bar, bubbles left and right with text.

    ``photo=True`` adds a photo-like picture in a bubble (noisy, hard to compress), the
    worst case for file size.
    """
    rng = random.Random(seed)
    im = Image.new("RGB", (width, height), (236, 229, 221))
    draw = ImageDraw.Draw(im)
    scale = width / 1080
    font = ImageFont.truetype(str(_FONT), max(10, int(38 * scale)))
    small = ImageFont.truetype(str(_FONT), max(8, int(26 * scale)))
    _draw_title_bars(draw, width, scale, f"Klas 2B groep ({seed})", font, small)
    y = int(260 * scale)
    while y < height - int(260 * scale):
        y = _draw_bubble(draw, rng, y, width, scale, font, small)
    if photo:
        im.paste(_noisy_photo(int(width * 0.7), int(height * 0.3)),
                 (int(width * 0.15), int(height * 0.35)))
    _draw_input_bar(draw, width, height, scale)
    buf = io.BytesIO()
    im.save(buf, format=fmt)
    return buf.getvalue()


def _draw_title_bars(draw: ImageDraw.ImageDraw, width: int, scale: float, title: str,
                     font: ImageFont.FreeTypeFont, small: ImageFont.FreeTypeFont) -> None:
    """The phone's status bar (clock) and the chat's title bar."""
    draw.rectangle((0, 0, width, int(70 * scale)), fill=(7, 94, 84))
    draw.text((int(30 * scale), int(16 * scale)), "14:05", fill="white", font=small)
    draw.rectangle((0, int(70 * scale), width, int(220 * scale)), fill=(0, 128, 105))
    draw.text((int(150 * scale), int(110 * scale)), title, fill="white", font=font)


def _draw_bubble(draw: ImageDraw.ImageDraw, rng: random.Random, y: int, width: int,
                 scale: float, font: ImageFont.FreeTypeFont,
                 small: ImageFont.FreeTypeFont) -> int:
    """One chat bubble at height ``y`` (mine on the right, others named on the left);
    returns where the next bubble starts."""
    mine = rng.random() < 0.4
    lines = [_sentence(rng, 2, 7) for _ in range(rng.randint(1, 4))]
    line_h = int(48 * scale)
    text_w = max(draw.textlength(t, font=font) for t in lines)
    bw = int(min(width * 0.78, text_w + 60 * scale))
    bh = line_h * len(lines) + int(80 * scale)
    x = width - bw - int(30 * scale) if mine else int(30 * scale)
    colour = (220, 248, 198) if mine else (255, 255, 255)
    draw.rounded_rectangle((x, y, x + bw, y + bh), radius=int(22 * scale), fill=colour)
    if not mine:
        draw.text(
            (x + int(28 * scale), y + int(12 * scale)),
            rng.choice(_NAMES),
            fill=(53, 114, 182),
            font=small,
        )
    for i, t in enumerate(lines):
        draw.text(
            (x + int(28 * scale), y + int(44 * scale) + i * line_h),
            t,
            fill=(20, 20, 20),
            font=font,
        )
    draw.text(
        (x + bw - int(100 * scale), y + bh - int(34 * scale)),
        f"{rng.randint(10, 23)}:{rng.randint(0, 59):02d}",
        fill=(120, 120, 120),
        font=small,
    )
    return y + bh + int(24 * scale)


def _noisy_photo(pw: int, ph: int) -> Image.Image:
    """A photo-like picture: smooth noise plus sensor grain, hard to compress."""
    pic = Image.effect_noise((pw // 12, ph // 12), 70).convert("RGB")
    pic = pic.resize((pw, ph), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((pw, ph), 12).convert("RGB")  # sensor noise
    pic = Image.blend(pic, grain, 0.25)
    return Image.merge(
        "RGB",
        (
            pic.getchannel(0),
            pic.point(lambda v: v * 0.8).getchannel(1),
            pic.point(lambda v: 255 - v).getchannel(2),
        ),
    )


def _draw_input_bar(draw: ImageDraw.ImageDraw, width: int, height: int, scale: float) -> None:
    """The message box at the bottom of the screen."""
    draw.rectangle((0, height - int(150 * scale), width, height), fill=(240, 240, 240))
    draw.rounded_rectangle(
        (
            int(30 * scale),
            height - int(125 * scale),
            width - int(160 * scale),
            height - int(35 * scale),
        ),
        radius=int(45 * scale),
        fill="white",
    )


def make_document(
    n_entries: int = 30,
    n_screenshots: int = 4,
    *,
    screenshot_size: tuple[int, int] = (1080, 2400),
    seed: int = 7,
    screenshots: list[bytes] | None = None,
) -> d.DossierDocument:
    """A coordinator dossier with a timeline, people, agreements, evidence, a chat and images."""
    rng = random.Random(seed)
    base = datetime(2026, 9, 7, 8, 30, tzinfo=UTC)
    entries = _sample_timeline(rng, base, n_entries)
    if screenshots is None:
        screenshots = [
            make_screenshot(seed * 1000 + k, *screenshot_size) for k in range(n_screenshots)
        ]
    items = tuple(_sample_evidence(k, shot, base) for k, shot in enumerate(screenshots))
    chat = _sample_chat(rng, base, source_item="B1" if items else None)
    sections = (
        _sample_case_section(),
        d.Section("Betrokkenen", (_sample_people(),), start_on_new_page=False),
        d.Section("Tijdlijn", (d.Timeline(tuple(entries)),)),
        _sample_measures_section(),
        d.Section("Bewijsstukken", (d.EvidenceCatalogue(items),)),
        d.Section("Chatgesprek", (chat,)),
        d.Section("Bijlagen: afbeeldingen", (d.ImageAppendix.from_evidence(items),)),
    )
    integrity = tuple(
        d.IntegrityRow(it.number, it.title, it.sha256, it.size, it.kind) for it in items
    )
    return d.DossierDocument(
        reference="PD-2026-014",
        school_name="Het Voorbeeld College",
        title="Dossier pestzaak",
        period_start=date(2026, 9, 7),
        period_end=date(2026, 11, 22),
        status="Lopend, fase 2",
        recipient="A. Jansen, afdelingsleider",
        profile_label="Dossier voor de coördinator",
        author="M. de Vries, vertrouwenspersoon",
        generated_at=datetime(2026, 11, 22, 13, 5, tzinfo=UTC),
        sections=sections,
        integrity=integrity,
    )


def _sample_timeline(rng: random.Random, base: datetime, n_entries: int) -> list[d.TimelineEntry]:
    """Entries every few hours; some date-only, approximate or with an earlier revision."""
    kinds = ("Gesprek", "Melding", "Observatie", "Afspraak", "Maatregel", "Verslag")
    entries = []
    for i in range(n_entries):
        at = base + timedelta(hours=i * 5 + rng.randint(0, 3), minutes=rng.randint(0, 59))
        text = "\n".join(_sentence(rng, 10, 30) + "." for _ in range(rng.randint(1, 4)))
        revisions: tuple[d.Revision, ...] = ()
        if i % 25 == 3:
            revisions = (d.Revision(at + timedelta(hours=1), "M. de Vries", _sentence(rng) + "."),)
        entries.append(
            d.TimelineEntry(
                occurred_at=at if i % 17 else at.date(),
                kind=kinds[i % len(kinds)],
                title=f"{kinds[i % len(kinds)]} {i + 1}: {_sentence(rng, 3, 7)}",
                text=text,
                author="M. de Vries (vertrouwenspersoon)",
                recorded_at=at + timedelta(hours=2),
                approximate=i % 23 == 5,
                revisions=revisions,
            )
        )
    return entries


def _sample_evidence(k: int, shot: bytes, base: datetime) -> d.EvidenceItem:
    """Evidence item B<k+1>: a group-chat screenshot with full collection metadata."""
    at = base + timedelta(days=k % 40, hours=k % 9)
    return d.EvidenceItem(
        number=f"B{k + 1}",
        title=f"Schermafbeelding groepsapp, bericht {k + 1}",
        kind="Schermafbeelding",
        sha256=hashlib.sha256(shot).hexdigest(),
        size=len(shot),
        imported_at=at,
        imported_by="M. de Vries",
        collected_with="de betrokken leerling",
        device="telefoon van de leerling",
        platform="WhatsApp",
        urls=(f"https://example.org/groep/2b/bericht/{1000 + k}",),
        handles=("@klas2b_groep", f'+31 6 1234 56{k % 100:02d} ("{_NAMES[k % 10]}")'),
        shown_time=f"gisteren {10 + k % 12}:{k % 60:02d}",
        description="Bericht in de klassengroep waarin de leerling wordt uitgelachen.",
        actions_taken=("Contact geblokkeerd na het vastleggen", "Gemeld bij het platform"),
        original_filename=f"Screenshot_20260907-{k:04d}.png",
        image=shot,
        image_format="png",
    )


def _sample_chat(rng: random.Random, base: datetime, source_item: str | None) -> d.ChatTranscript:
    """40 messages with emoji, a system line and an attachment."""
    return d.ChatTranscript(
        title="Chat klassengroep 2B (export)",
        platform="WhatsApp",
        source_item=source_item,
        messages=tuple(
            d.ChatMessage(
                sent_at=base + timedelta(minutes=37 * j),
                sender="Leerling A" if j % 3 == 0 else _NAMES[j % 10],
                text=_sentence(rng, 2, 25)
                + (" 😂😂" if j % 5 == 0 else "")
                + (" 👍🏽" if j % 7 == 0 else ""),
                from_subject=j % 3 == 0,
                is_system=j == 4,
                attachment="IMG-20260907-WA0003.jpg" if j == 8 else None,
            )
            for j in range(40)
        ),
    )


def _sample_people() -> d.Table:
    return d.Table(
        header=("Persoon", "Rol", "Groep", "Toelichting"),
        rows=(
            ("Leerling A", "gepeste leerling", "2B", "betrokken leerling van dit dossier"),
            ("Leerling B", "pester", "2B", ""),
            ("Leerling C", "meeloper", "2B", ""),
            ("J. Bakker", "mentor", "", "eerste aanspreekpunt"),
        ),
        col_weights=(2, 2, 1, 4),
    )


def _sample_case_section() -> d.Section:
    return d.Section(
        "Zaakgegevens",
        (
            d.KeyValue(
                rows=(
                    ("Zaaknummer", "PD-2026-014"),
                    ("Protocol", "Zesstappenplan"),
                    ("Vorm", "digitaal pesten, buitensluiten"),
                    ("Toestemming leerling", "gegeven op 7 september 2026"),
                )
            ),
            d.Paragraph(
                "Samenvatting: leerling A wordt sinds het begin van het schooljaar "
                "in de klassengroep belachelijk gemaakt. Foto's worden doorgestuurd "
                "met opmerkingen."
            ),
        ),
    )


def _sample_measures_section() -> d.Section:
    agreements = d.Table(
        header=("Afspraak", "Met", "Vervolg", "Status"),
        rows=(
            (
                "Vanaf nu geen berichten meer over leerling A in de groep",
                "Leerling B",
                "14 september 2026",
                "nagekomen",
            ),
            ("Elke vrijdag kort gesprek met de mentor", "Leerling A", "wekelijks", "loopt"),
        ),
        col_weights=(5, 2, 2, 1.4),
    )
    return d.Section(
        "Afspraken en maatregelen",
        (
            d.Subheading("Afspraken"),
            agreements,
            d.Subheading("Maatregelen"),
            d.Paragraph("Fase 1: corrigerende maatregel voor leerling B (gesprek met ouders)."),
        ),
    )
