"""Realistic test pictures for the evidence GUI tests (phone screenshots drawn with
Pillow, a marker hidden in a PNG text chunk for the canary test), and unit tests of
the gallery model without a window."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from app.evidence import EvidenceItem, EvidenceKind, EvidenceMetadata, EvidenceSource

ROOT = Path(__file__).resolve().parents[3]
FONT_DIR = ROOT / "resources" / "fonts"


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    names = ["DejaVuSans-Bold.ttf"] if bold else ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
    for folder in (FONT_DIR, Path("/usr/share/fonts/truetype/dejavu")):
        for name in names:
            if (folder / name).is_file():
                return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default()


CHAT = [
    (False, "Noah", "wie nodigt die loser nog uit voor vrijdag", "21:02"),
    (False, "Sem", "niemand toch haha", "21:03"),
    (True, "", "ik zit ook in deze groep hoor", "21:05"),
    (False, "Noah", "ja en? niemand wil je erbij", "21:06"),
    (False, "Daan", "stuur die foto van gym nog eens door", "21:09"),
    (False, "Noah", "morgen hangt ie in de hele klas", "21:14"),
]


def phone_screenshot(marker: str = "", *, title: str = "Klas 2B", seed: int = 0,
                     messages: list[tuple[bool, str, str, str]] | None = None) -> bytes:
    """A WhatsApp-like group chat as a phone would capture it (PNG bytes)."""
    width, height = 390, 844
    image = Image.new("RGB", (width, height), "#efe7de")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 44), fill="#075e54")
    draw.text((18, 14), "21:14", fill="white", font=_font(15, True))
    draw.text((width - 70, 14), "4G  82%", fill="white", font=_font(13))
    draw.rectangle((0, 44, width, 108), fill="#075e54")
    draw.ellipse((42, 56, 82, 96), fill=["#8fb9a8", "#b99f8f", "#9fa8c9"][seed % 3])
    draw.text((14, 64), "<", fill="white", font=_font(22, True))
    draw.text((94, 58), title, fill="white", font=_font(18, True))
    draw.text((94, 82), "Noah, Sem, Daan, jij", fill="#cfe5df", font=_font(12))
    draw.rounded_rectangle((135, 122, 255, 146), 8, fill="#e1f2fb")
    draw.text((158, 126), "VANDAAG", fill="#4a5a64", font=_font(12, True))
    y = 162
    for mine, sender, text, time in (messages or CHAT):
        body = _font(15)
        lines = _wrap(draw, text, body, 230)
        box_h = 22 * len(lines) + (42 if sender else 26)
        box_w = max(draw.textlength(line, font=body) for line in lines) + 70
        x0 = width - box_w - 14 if mine else 14
        draw.rounded_rectangle((x0, y, x0 + box_w, y + box_h), 10,
                               fill="#dcf8c6" if mine else "white")
        ty = y + 8
        if sender:
            draw.text((x0 + 10, ty), sender, fill="#1d6f8f", font=_font(13, True))
            ty += 18
        for line in lines:
            draw.text((x0 + 10, ty), line, fill="#1f2a30", font=body)
            ty += 22
        draw.text((x0 + box_w - 46, y + box_h - 18), time, fill="#8a94a6", font=_font(11))
        y += box_h + 10
    draw.rectangle((0, height - 64, width, height), fill="#f0f0f0")
    draw.rounded_rectangle((12, height - 52, width - 64, height - 14), 19, fill="white")
    draw.text((30, height - 42), "Bericht", fill="#9aa4ab", font=_font(15))
    draw.ellipse((width - 54, height - 54, width - 12, height - 12), fill="#128c7e")
    info = PngInfo()
    if marker:
        info.add_text("Comment", marker)
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def instagram_post(marker: str = "") -> bytes:
    """An Instagram-like post with a mocking caption and comments (PNG bytes)."""
    width, height = 390, 844
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((16, 14), "9:41", fill="black", font=_font(15, True))
    draw.text((16, 56), "Instagram", fill="black", font=_font(22, True))
    draw.ellipse((14, 104, 50, 140), fill="#d9a3c6")
    draw.text((60, 112), "2b.roast.account", fill="black", font=_font(14, True))
    draw.rectangle((0, 150, width, 540), fill="#c9d6df")
    draw.polygon([(60, 500), (180, 300), (300, 500)], fill="#9fb3c2")
    draw.ellipse((250, 200, 320, 270), fill="#f3e3a1")
    draw.text((16, 556), "♡  ○  ➤", fill="black", font=_font(20))
    draw.text((16, 592), "87 vind-ik-leuks", fill="black", font=_font(14, True))
    draw.text((16, 616), "2b.roast.account kijk wie er weer alleen zat",
              fill="black", font=_font(13))
    draw.text((16, 640), "hahaha echt zielig    ·  noah.k", fill="#555", font=_font(13))
    draw.text((16, 664), "3 dagen geleden", fill="#8a8a8a", font=_font(11))
    info = PngInfo()
    if marker:
        info.add_text("Comment", marker)
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: object, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width:  # type: ignore[arg-type]
            line = trial
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


WHATSAPP_EXPORT = """[22-11-2026 20:58:01] Klas 2B: Berichten en oproepen worden end-to-end versleuteld.
[22-11-2026 21:02:13] Noah: wie nodigt die loser nog uit voor vrijdag
[22-11-2026 21:03:40] Sem: niemand toch haha
[22-11-2026 21:05:02] Lotte: ik zit ook in deze groep hoor
[22-11-2026 21:06:55] Noah: ja en? niemand wil je erbij
[22-11-2026 21:09:12] Daan: stuur die foto van gym nog eens door
en die van vorige week ook
[22-11-2026 21:14:30] Noah: morgen hangt ie in de hele klas
[23-11-2026 07:45:10] Sem: Dit bericht is verwijderd
"""


# ----------------------------------------------------------------- model unit tests
def _item(item_id: int, number: int, kind: EvidenceKind = EvidenceKind.SCREENSHOT,
          description: str = "") -> EvidenceItem:
    return EvidenceItem(
        id=item_id, case_id=1, number=number, kind=kind, sha256="0" * 64, size=10,
        mime_type="image/png", original_name=f"shot{number}.png", source=EvidenceSource.FILE,
        file_modified_at=None, file_created_at=None, exif_taken_at=None, exif_device="",
        width=1, height=1, warnings=(), imported_at=datetime(2026, 11, 22, tzinfo=UTC),
        imported_by="Test", bytes_destroyed_at=None, has_thumbnail=False,
        metadata=EvidenceMetadata(description=description), metadata_version=1)


def test_phone_screenshot_is_a_png_with_the_marker() -> None:
    data = phone_screenshot("CANARY-123")
    assert data.startswith(b"\x89PNG") and b"CANARY-123" in data
    assert Image.open(io.BytesIO(data)).size == (390, 844)


def test_gallery_model_keeps_case_order_and_pictures(qapp) -> None:
    from PySide6.QtGui import QImage

    from ui.evidence.model import (
        THUMB_LOADING,
        THUMB_NONE,
        THUMB_READY,
        THUMB_STATE_ROLE,
        TITLE_ROLE,
        EvidenceListModel,
    )

    model = EvidenceListModel()
    model.set_items([_item(1, 1), _item(3, 3, EvidenceKind.CHAT)])
    assert model.put_item(_item(2, 2, description="Spotprent\nmeer")) == 1
    assert [model.item_at(r).label for r in range(3)] == ["B1", "B2", "B3"]
    assert model.index(1, 0).data(TITLE_ROLE) == "Spotprent"
    assert model.needs_thumbnail() == [1, 2]
    assert model.index(0, 0).data(THUMB_STATE_ROLE) == THUMB_LOADING
    assert model.index(2, 0).data(THUMB_STATE_ROLE) == THUMB_NONE
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    model.set_thumbnail(1, image)
    model.set_thumbnail(2, None)
    assert model.index(0, 0).data(THUMB_STATE_ROLE) == THUMB_READY
    assert model.needs_thumbnail() == []
    model.clear()
    assert model.rowCount() == 0 and model.thumbnail(1) is None
