"""Draw the app icon with Pillow: a calm blue shield with a white "P".

    python packaging/make_icons.py          # writes resources/icons/

Writes pestdossier-<size>.png for every size, pestdossier.png (256 px, for window
icons and the Linux .desktop file), pestdossier.ico (Windows, 16-256 px) and
pestdossier.icns (macOS). The shapes are plain geometry drawn at 1024 px and scaled
down, so the result does not depend on the fonts of the machine that runs this.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"
NAME = "pestdossier"
CANVAS = 1024
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
MAIN_SIZE = 256

SHIELD_TOP = (63, 129, 163)     # lighter edge of the accent colour
SHIELD_BOTTOM = (36, 90, 118)   # ui/common/style.py ACCENT (#2f6f8f), a little deeper
RIM = (255, 255, 255, 70)


def _shield_outline(inset: float = 0.0) -> list[tuple[float, float]]:
    """A shield: flat top with rounded corners, straight sides, curving to a point."""
    right = CANVAS - 150 - inset
    top, shoulder, tip = 110 + inset, 520, CANVAS - 70 - inset * 1.4
    corner = 70
    centre = CANVAS / 2
    # the right half, clockwise from the middle of the top edge to the tip
    half: list[tuple[float, float]] = [(centre, top)]
    for i in range(16):
        a = -math.pi / 2 + (math.pi / 2) * i / 15
        half.append((right - corner + corner * math.cos(a), top + corner + corner * math.sin(a)))
    half.append((right, shoulder))
    control = (right, shoulder + (tip - shoulder) * 0.55)
    for i in range(1, 41):
        t = i / 40
        x = (1 - t) ** 2 * right + 2 * (1 - t) * t * control[0] + t**2 * centre
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * control[1] + t**2 * tip
        half.append((x, y))
    # the left half mirrors it, back up from the tip
    return half + [(CANVAS - x, y) for x, y in reversed(half[1:-1])]


def _gradient(size: int) -> Image.Image:
    top, bottom = SHIELD_TOP, SHIELD_BOTTOM
    column = Image.new("RGB", (1, size))
    for y in range(size):
        t = y / (size - 1)
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom,
                                                                               strict=True)))
    return column.resize((size, size))


def _letter_p() -> Image.Image:
    """A bold, geometric "P" as a mask."""
    mask = Image.new("L", (CANVAS, CANVAS), 0)
    draw = ImageDraw.Draw(mask)
    stem_left, stem_right = 372, 482
    top, bottom = 292, 790
    bowl_bottom = 600
    stroke = 108
    bowl_right = 690
    radius = (bowl_bottom - top) / 2
    draw.rounded_rectangle((stem_left, top, bowl_right, bowl_bottom), radius=radius, fill=255)
    inner = Image.new("L", (CANVAS, CANVAS), 0)
    ImageDraw.Draw(inner).rounded_rectangle(
        (stem_right - 2, top + stroke, bowl_right - stroke, bowl_bottom - stroke),
        radius=radius - stroke, fill=255)
    mask = ImageChops.subtract(mask, inner)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((stem_left, top, stem_left + radius, top + stroke), fill=255)
    draw.rectangle((stem_left, bowl_bottom - stroke, stem_left + radius, bowl_bottom),
                   fill=255)
    draw.rounded_rectangle((stem_left, top, stem_right, bottom), radius=14, fill=255)
    return mask


def draw_icon() -> Image.Image:
    """The icon at 1024 x 1024, RGBA with a transparent background."""
    shield = Image.new("L", (CANVAS, CANVAS), 0)
    ImageDraw.Draw(shield).polygon(_shield_outline(), fill=255)
    icon = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    icon.paste(_gradient(CANVAS), (0, 0), shield)
    rim = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    ImageDraw.Draw(rim).line([*_shield_outline(28), _shield_outline(28)[0]], fill=RIM,
                             width=14, joint="curve")
    icon = Image.alpha_composite(icon, rim)
    white = Image.new("RGBA", (CANVAS, CANVAS), (255, 255, 255, 255))
    icon.paste(white, (0, 0), _letter_p())
    return icon


def write_icons(target: Path = ICONS_DIR) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    big = draw_icon()
    written: list[Path] = []
    scaled = {size: big.resize((size, size), Image.Resampling.LANCZOS) for size in PNG_SIZES}
    for size, image in scaled.items():
        path = target / f"{NAME}-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    main = target / f"{NAME}.png"
    scaled[MAIN_SIZE].save(main, optimize=True)
    written.append(main)
    ico = target / f"{NAME}.ico"
    scaled[256].save(ico, sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[scaled[s] for s in ICO_SIZES if s != 256])
    written.append(ico)
    icns = target / f"{NAME}.icns"
    try:
        scaled[1024].save(icns, append_images=[scaled[s] for s in (16, 32, 64, 128, 256, 512)])
        written.append(icns)
    except (OSError, KeyError, ValueError) as exc:  # Pillow built without ICNS writing
        print(f"skipped {icns.name}: {exc}", file=sys.stderr)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ICONS_DIR, help="target folder")
    args = parser.parse_args(argv)
    for path in write_icons(args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
