"""Images for the dossier PDF: embedded once, drawn many times, never re-encoded if avoidable.

Speed and size come from three rules:

* PNG data is handed to the PDF as-is: the PNG's IDAT stream *is* a zlib stream with
  PNG row filters, which PDF's FlateDecode reads with ``/Predictor 15``
  (what img2pdf does). No decode, no recompression, lossless, so screenshot text stays
  crisp. JPEG data is passed through as DCTDecode.
* Only images PDF cannot take directly (alpha channel, 16 bit, interlaced, CMYK or
  rotated JPEG, GIF/WebP/BMP ...) are decoded once with Pillow and re-encoded as PNG.
* Only when the images together would make the file too big (``ImageStore.plan_budget``)
  are the largest photo-like ones stored as JPEG instead, converted in background
  threads while the (pure-Python) layout runs.

Drawing the prepared images on the page is in ``render_image_flowables``.
"""

from __future__ import annotations

import hashlib
import io
import struct
from collections.abc import Iterator
from concurrent.futures import CancelledError, Executor, Future
from dataclasses import dataclass, field, replace

from PIL import Image, ImageOps

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PIXELS = 80_000_000  # far beyond any screenshot or phone photo; refuses decompression bombs


JPEG_GAIN = 0.7  # a budget JPEG is used only when at most 70 % of the lossless size
JPEG_ESTIMATE = 0.4  # planning guess of JPEG/PNG size for the screenshots worth converting


class ImageError(ValueError):
    """The bytes are not an image we can show."""


class ImageTooLarge(ImageError):
    """More pixels than MAX_PIXELS: refused before decoding."""


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """Image data ready to be embedded as a PDF image XObject."""

    key: str
    width: int
    height: int
    color_space: str  # DeviceRGB, DeviceGray or Indexed
    bits: int
    filter: str  # FlateDecode or DCTDecode
    data: bytes
    predictor_colors: int = 0  # >0: FlateDecode with PNG predictors
    palette: bytes = b""
    reencoded: bool = False
    # a JPEG being made in the background because of the size budget (ImageStore.plan_budget)
    swap: Future[PreparedImage] | None = field(default=None, compare=False, repr=False)

    def final(self) -> PreparedImage:
        """What to embed: the background JPEG when it came out clearly smaller, else self."""
        if self.swap is None:
            return self
        try:
            jpeg = self.swap.result()
        except (Exception, CancelledError):  # only an optimisation: never fail the render
            return self
        same_shape = (jpeg.width, jpeg.height) == (self.width, self.height)
        return jpeg if same_shape and len(jpeg.data) <= JPEG_GAIN * len(self.data) else self


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(chunk type, chunk data) of each chunk up to IEND."""
    pos = len(_PNG_SIGNATURE)
    end = len(data)
    while pos + 8 <= end:
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length:
            raise ImageError("afgebroken PNG")
        yield ctype, body
        pos += 12 + length
        if ctype == b"IEND":
            return


def _from_png(key: str, data: bytes) -> PreparedImage | None:
    """Pass-through for PNGs PDF can read directly; None when it needs re-encoding."""
    header = None
    palette = b""
    idat: list[bytes] = []
    for ctype, body in _png_chunks(data):
        if ctype == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif ctype == b"PLTE":
            palette = body
        elif ctype == b"tRNS":
            return None  # transparency: flatten via Pillow
        elif ctype == b"IDAT":
            idat.append(body)
    if header is None or not idat:
        raise ImageError("PNG zonder IHDR of beelddata")
    width, height, bits, color_type, _compression, _filter, interlace = header
    if width * height > MAX_PIXELS:
        raise ImageTooLarge(f"afbeelding te groot ({width} × {height} pixels)")
    if interlace or bits == 16:
        return None
    if color_type == 0:
        space, ncolors = "DeviceGray", 1
    elif color_type == 2 and bits == 8:
        space, ncolors = "DeviceRGB", 3
    elif color_type == 3 and palette:
        space, ncolors = "Indexed", 1
    else:  # grey+alpha, RGBA
        return None
    return PreparedImage(
        key=key,
        width=width,
        height=height,
        color_space=space,
        bits=bits,
        filter="FlateDecode",
        data=b"".join(idat),
        predictor_colors=ncolors,
        palette=palette,
    )


def _from_jpeg(key: str, data: bytes, im: Image.Image) -> PreparedImage | None:
    if im.mode not in ("L", "RGB"):
        return None  # CMYK/YCCK: Adobe inversion quirks; decode instead
    orientation = im.getexif().get(0x0112, 1)
    if orientation not in (0, 1):
        return None  # phone photo with EXIF rotation: rotate for real
    return PreparedImage(
        key=key,
        width=im.width,
        height=im.height,
        color_space="DeviceGray" if im.mode == "L" else "DeviceRGB",
        bits=8,
        filter="DCTDecode",
        data=data,
    )


def _flatten(im: Image.Image) -> Image.Image:
    """Upright, no alpha (composited on white: evidence is read on paper), L or RGB."""
    im = ImageOps.exif_transpose(im)
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        alpha = im.getchannel("A")
        if alpha.getextrema() == (255, 255):
            return im.convert("RGB")
        white = Image.new("RGB", im.size, "white")
        white.paste(im, mask=alpha)
        return white
    if im.mode.startswith("I"):  # 16-bit grey: scale to 8 bit instead of clipping
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if im.mode not in ("L", "RGB"):
        return im.convert("RGB")
    return im


def _reencode(key: str, im: Image.Image) -> PreparedImage:
    im = _flatten(im)
    buf = io.BytesIO()
    im.save(buf, format="PNG", compress_level=6)
    prepared = _from_png(key, buf.getvalue())
    if prepared is None:  # pragma: no cover - we just wrote a plain PNG
        raise ImageError("kon afbeelding niet omzetten")
    return replace(prepared, reencoded=True)


def _jpeg(key: str, im: Image.Image, quality: int) -> PreparedImage:
    im = _flatten(im)
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=quality, subsampling=0)  # 4:4:4: sharp coloured text
    return PreparedImage(
        key=key,
        width=im.width,
        height=im.height,
        color_space="DeviceGray" if im.mode == "L" else "DeviceRGB",
        bits=8,
        filter="DCTDecode",
        data=buf.getvalue(),
        reencoded=True,
    )


def to_jpeg(data: bytes, key: str, quality: int = 85) -> PreparedImage:
    """Decode and store as JPEG (used for the size budget)."""
    with Image.open(io.BytesIO(data)) as src:
        return _jpeg(key, src, quality)


def prepare_image(data: bytes, digest: str | None = None) -> PreparedImage:
    """Turn image bytes into embeddable data. Raises ImageError for unreadable bytes."""
    key = "img" + (digest or hashlib.sha256(data).hexdigest())[:24]
    if data.startswith(_PNG_SIGNATURE):
        try:
            prepared = _from_png(key, data)
        except ImageTooLarge:
            raise
        except (struct.error, ImageError):
            prepared = None  # let Pillow have a go (and name the problem)
        if prepared is not None and _png_stream_ok(prepared):
            return prepared
    try:
        im = Image.open(io.BytesIO(data))
        if im.width * im.height > MAX_PIXELS:
            raise ImageTooLarge(f"afbeelding te groot ({im.width} × {im.height} pixels)")
        if im.format == "JPEG":
            prepared = _from_jpeg(key, data, im)
            if prepared is not None:
                return prepared
        im.load()
        if im.format == "JPEG":  # a rotated or CMYK photo stays a JPEG
            return _jpeg(key, im, 90)
    except ImageError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
        raise ImageError(f"geen leesbare afbeelding ({exc})") from exc
    return _reencode(key, im)


def _png_stream_ok(p: PreparedImage) -> bool:
    """Cheap sanity check of the zlib stream header (a corrupt IDAT would break the PDF)."""
    if len(p.data) < 2:
        return False
    cmf, flg = p.data[0], p.data[1]
    return cmf & 0x0F == 8 and (cmf * 256 + flg) % 31 == 0


class ImageStore:
    """Prepared images by content, so the same bytes are prepared and embedded once."""

    def __init__(self) -> None:
        self._by_digest: dict[str, PreparedImage | ImageError] = {}
        self._source: dict[str, bytes] = {}

    @staticmethod
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    def prepare(self, data: bytes) -> PreparedImage | None:
        """Prepared image, or None when the bytes cannot be shown (error is remembered)."""
        d = self.digest(data)
        found = self._by_digest.get(d)
        if found is None:
            try:
                found = prepare_image(data, d)
            except ImageError as exc:
                found = exc
            self._by_digest[d] = found
            self._source[d] = data
        return found if isinstance(found, PreparedImage) else None

    def count(self) -> int:
        """How many distinct images were shown."""
        return sum(isinstance(p, PreparedImage) for p in self._by_digest.values())

    def total_bytes(self) -> int:
        return sum(len(p.data) for p in self._by_digest.values() if isinstance(p, PreparedImage))

    def plan_budget(self, budget: int, pool: Executor) -> int:
        """Lossless first: only when all images together exceed ``budget`` bytes, have the
        biggest lossless ones re-encoded as JPEG on ``pool``, in the background while the
        layout runs. The JPEG is used only where it saves at least 30 % (photo-like
        screenshots); text-like ones stay lossless (see ``PreparedImage.final``).
        Returns how many conversions were started."""
        total = float(self.total_bytes())
        if total <= budget:
            return 0
        candidates = sorted(
            (
                (len(p.data), d)
                for d, p in self._by_digest.items()
                if isinstance(p, PreparedImage) and p.filter == "FlateDecode"
            ),
            reverse=True,
        )
        started = 0
        for size, d in candidates:
            if total <= budget:
                break
            p = self._by_digest[d]
            assert isinstance(p, PreparedImage)
            swap = pool.submit(to_jpeg, self._source[d], p.key)
            self._by_digest[d] = replace(p, swap=swap)
            total -= size * (1 - JPEG_ESTIMATE)
            started += 1
        return started

    def converted(self) -> int:
        """How many images ended up as JPEG because of the size budget."""
        return sum(
            1
            for p in self._by_digest.values()
            if isinstance(p, PreparedImage) and p.swap is not None and p.final() is not p
        )

    def get(self, data: bytes | None) -> PreparedImage | None:
        if not data:
            return None
        return self.prepare(data)

    def error(self, data: bytes) -> str | None:
        found = self._by_digest.get(self.digest(data))
        return str(found) if isinstance(found, ImageError) else None
