"""Prepared images on the PDF page: embedded once per document, drawn many times.

Each distinct image becomes one PDF image XObject per document, written exactly as
``render_images`` prepared it; thumbnails (``ImageBox``) and every strip of a tall
screenshot (``ImageStrip``) draw that same XObject, scaled or clipped.
"""

from __future__ import annotations

from typing import Protocol, cast

from reportlab.lib import colors
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.dossier.render_images import PreparedImage
from app.dossier.styles import MUTED, RULE, fonts


class _ImageXObject(PDFObject):
    """A PDF image XObject whose stream is written exactly as prepared (no filters added)."""

    def __init__(self, image: PreparedImage) -> None:
        self.image = image
        self.name = image.key

    def format(self, document: PDFDocument) -> bytes:  # reportlab's PDFObject protocol
        img = self.image.final()
        d = PDFDictionary()
        d["Type"] = PDFName("XObject")
        d["Subtype"] = PDFName("Image")
        d["Width"] = img.width
        d["Height"] = img.height
        d["BitsPerComponent"] = img.bits
        if img.color_space == "Indexed":
            hival = len(img.palette) // 3 - 1
            d["ColorSpace"] = PDFArray(
                [PDFName("Indexed"), PDFName("DeviceRGB"), hival, PDFString(img.palette)]
            )
        else:
            d["ColorSpace"] = PDFName(img.color_space)
        d["Filter"] = PDFName(img.filter)
        if img.predictor_colors:
            parms = PDFDictionary()
            parms["Predictor"] = 15
            parms["Colors"] = img.predictor_colors
            parms["BitsPerComponent"] = img.bits
            parms["Columns"] = img.width
            d["DecodeParms"] = parms
        content: bytes = document.encrypt.encode(img.data)
        d["Length"] = len(content)
        return d.format(document) + b"\nstream\n" + content + b"\nendstream\n"


class _CanvasInternals(Protocol):
    """The private parts of reportlab's Canvas that ``Canvas.drawImage`` uses to place an
    XObject; reportlab's stubs leave them out, so they are spelled out here."""

    _doc: PDFDocument
    _code: list[str]
    _formsinuse: list[str]
    _currentPageHasImages: int

    def _setXObjects(self, thing: PDFObject) -> None: ...


def draw_prepared(canv: Canvas, img: PreparedImage, x: float, y: float, w: float,
                  h: float) -> None:
    """Draw ``img`` stretched to (x, y, w, h); embeds the XObject on first use per document.

    Mirrors what ``Canvas.drawImage`` does after it has built its own XObject.
    """
    inner = cast(_CanvasInternals, canv)
    doc = inner._doc
    reg_name = doc.getXObjectName(img.key)
    if reg_name not in doc.idToObject:
        obj = _ImageXObject(img)
        inner._setXObjects(obj)
        doc.Reference(obj, reg_name)
        doc.addForm(img.key, obj)
    inner._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(w, h)
    inner._code.append(f"/{reg_name} Do")
    canv.restoreState()
    inner._formsinuse.append(img.key)


def _placeholder(canv: Canvas, x: float, y: float, w: float, h: float, label: str) -> None:
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setFillColor(colors.HexColor("#f6f7f9"))
    canv.rect(x, y, w, h, stroke=1, fill=1)
    canv.setFillColor(MUTED)
    canv.setFont(fonts().sans, 7)
    lines = label.split("\n")
    for i, line in enumerate(lines):
        canv.drawCentredString(x + w / 2, y + h / 2 + (len(lines) / 2 - i - 0.8) * 9, line)
    canv.restoreState()


class ImageBox(Flowable):
    """An image fitted into a fixed box (thumbnails), centred; a labelled box if missing."""

    def __init__(
        self,
        image: PreparedImage | None,
        box_w: float,
        box_h: float,
        missing_label: str = "geen\nvoorbeeld",
    ) -> None:
        super().__init__()
        self.image = image
        self.box_w = box_w
        self.box_h = box_h
        self.missing_label = missing_label

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.box_w, self.box_h

    def draw(self) -> None:
        img = self.image
        if img is None:
            _placeholder(self.canv, 0, 0, self.box_w, self.box_h, self.missing_label)
            return
        scale = min(self.box_w / img.width, self.box_h / img.height)
        w, h = img.width * scale, img.height * scale
        x, y = (self.box_w - w) / 2, self.box_h - h
        draw_prepared(self.canv, img, x, y, w, h)
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(x, y, w, h, stroke=1, fill=0)
        self.canv.restoreState()


class ImageStrip(Flowable):
    """Rows ``top``..``bottom`` (pixels, from the top) of an image, drawn at ``scale`` pt/px.

    All strips of one image share one XObject: the full image is placed so the wanted
    rows fall in the strip, and a clipping rectangle hides the rest.
    """

    def __init__(self, image: PreparedImage, top: int, bottom: int, scale: float) -> None:
        super().__init__()
        self.image = image
        self.top = top
        self.bottom = bottom
        self.scale = scale
        self.draw_w = image.width * scale
        self.draw_h = (bottom - top) * scale

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.draw_w, self.draw_h

    def draw(self) -> None:
        canv = self.canv
        img = self.image
        full_h = img.height * self.scale
        canv.saveState()
        path = canv.beginPath()
        path.rect(0, 0, self.draw_w, self.draw_h)
        canv.clipPath(path, stroke=0, fill=0)
        # the image's top edge sits `top` pixels above the strip's top edge
        y = self.draw_h + self.top * self.scale - full_h
        draw_prepared(canv, img, 0, y, self.draw_w, full_h)
        canv.restoreState()
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.draw_w, self.draw_h, stroke=1, fill=0)
        canv.restoreState()


def plan_strips(
    height_px: int, px_per_page_first: int, px_per_page: int, overlap_px: int
) -> list[tuple[int, int]]:
    """Split ``height_px`` rows into (top, bottom) strips; consecutive strips overlap a little
    so a line of text cut at a page edge is whole on one of the two pages."""
    strips: list[tuple[int, int]] = []
    top = 0
    room = px_per_page_first
    while True:
        bottom = min(height_px, top + room)
        strips.append((top, bottom))
        if bottom >= height_px:
            return strips
        top = bottom - overlap_px
        room = px_per_page
