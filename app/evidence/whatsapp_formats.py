"""The line shapes of WhatsApp chat exports (Android and iOS, Dutch and English).

Pure helpers without I/O: recognise a message header line, decide the date order of
a whole file, and split a message body into sender, text and markers (system
message, attachment, media omitted, deleted). `whatsapp.py` builds the transcript.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

DMY = "DMY"
MDY = "MDY"
YMD = "YMD"  # year first: the order is written in the date itself

# Invisible direction marks iOS (and some Android builds) put around names and markers.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SP = "[ \u00a0\u202f]"  # space, no-break space, narrow no-break space (before AM/PM)

_HEADER = re.compile(
    r"(?P<open>\[)?"
    r"(?:(?P<a>[0-9]{1,2})(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4}|[0-9]{2})"
    # Year first (phones in some locales): always year, month, day.
    r"|(?P<yfirst>[0-9]{4})(?P<ysep>[./-])(?P<ymonth>[0-9]{1,2})(?P=ysep)(?P<yday>[0-9]{1,2}))"
    rf",?{_SP}+"
    r"(?P<hour>[0-9]{1,2})[:.](?P<minute>[0-9]{2})(?:[:.](?P<second>[0-9]{2}))?"
    # AM/PM as "AM", "am", "a.m.", "a. m." (Spanish), or Afrikaans/Dutch "vm."/"nm.".
    rf"(?:{_SP}?(?P<ampm>[AaPpVvNn])\.?{_SP}?[Mm]\.?)?"
    r"(?(open)\])"
    rf"(?P<dash>{_SP}-)?(?:{_SP}(?P<rest>.*))?"
)

_DELETED = re.compile(
    r"(?:this message was deleted|you deleted this message|dit bericht is verwijderd"
    r"|je hebt dit bericht verwijderd|u hebt dit bericht verwijderd)\.?",
    re.IGNORECASE,
)
_OMITTED = re.compile(
    r"<media omitted>|<media weggelaten>"
    r"|(?:image|video|audio|sticker|gif|document|contact card) omitted"
    r"|(?:afbeelding|foto|video|audio|sticker|gif|document|contactkaart) weggelaten",
    re.IGNORECASE,
)
_ANDROID_ATTACHMENT = re.compile(
    r"(?P<name>\S.*?) \((?:file attached|bestand bijgevoegd)\)", re.IGNORECASE
)
_IOS_ATTACHMENT = re.compile(r"<(?:attached|bijgevoegd): (?P<name>[^<>]+?)>", re.IGNORECASE)
_OLD_IOS_ATTACHMENT = re.compile(r"(?P<name>\S[^<>]*?) <attached>", re.IGNORECASE)
_SYSTEM = re.compile(
    "|".join(
        (
            r"messages and calls are end-to-end encrypted\b.*",
            r"messages to this (?:group|chat) are now secured with end-to-end encryption\b.*",
            r"berichten en oproepen zijn end-to-end versleuteld\b.*",
            r"berichten (?:in|naar) deze (?:groep|chat) zijn nu beveiligd\b.*",
            r".+ (?:created (?:the )?group|created this group|changed the subject|changed the"
            r" group (?:name|description|settings)|changed this group's (?:icon|settings)"
            r"|deleted this group's icon|changed (?:their|his|her) phone number)\b.*",
            r".+ (?:added|removed) .+|.+ left|you (?:were|have been) added\b.*|you left",
            r".+ joined using this group's invite link|.+ (?:is|are) now (?:an )?admin\b.*",
            r".+ turned (?:on|off) disappearing messages\b.*|your security code with .+",
            r".+ heeft (?:de |het |deze )?groep\b.* aangemaakt\.?",
            r".+ heeft .+ (?:toegevoegd|verwijderd)\.?|.+ is vertrokken\.?",
            r".+ heeft de groep verlaten\.?|je bent (?:toegevoegd|vertrokken)\b.*",
            r".+ heeft (?:de |het )?(?:groeps\w+|onderwerp)\b.*(?:gewijzigd|aangepast)\b.*",
            r".+ is (?:lid geworden|toegetreden) via .+|.+ (?:is|bent) nu (?:een )?beheerder\b.*",
            r".+ heeft verdwijnende berichten .+|je beveiligingscode met .+",
            r".+ (?:heeft|is) (?:zijn|haar|hun)? ?(?:telefoon)?nummer\b.*",
        )
    ),
    re.IGNORECASE,
)
# Phrases only a phone set to Dutch writes: evidence for day-month order.
_DUTCH_HINT = re.compile(
    r"end-to-end versleuteld|\(bestand bijgevoegd\)|<bijgevoegd: |<media weggelaten>"
    r"|(?:afbeelding|video|sticker) weggelaten|dit bericht is verwijderd",
    re.IGNORECASE,
)
_ANDROID_MARKERS = re.compile(
    r"\((?:file attached|bestand bijgevoegd)\)|<media (?:omitted|weggelaten)>", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Header:
    """The date/time prefix of one message line, not yet bound to a date order."""

    a: int
    b: int
    year: int
    short_year: bool
    hour: int
    minute: int
    second: int
    pm: bool | None  # None on a 24-hour clock
    sep: str
    bracketed: bool
    dashed: bool  # Android: "<date> <time> - "; iOS: "[<date> <time>] "
    rest: str
    year_first: bool = False  # "2019/01/31": a is the month, b the day, in any order

    @property
    def layout(self) -> tuple[bool, bool, bool]:
        """What one export writes the same way on every line: the dash after the time,
        the year first, a 12-hour clock. A line of another layout is message text."""
        return self.dashed, self.year_first, self.pm is not None

    def to_datetime(self, order: str) -> datetime | None:
        day, month = (self.a, self.b) if order == DMY else (self.b, self.a)
        if self.year_first:
            day, month = self.b, self.a
        hour = self.hour if self.pm is None else self.hour % 12 + (12 if self.pm else 0)
        try:
            return datetime(self.year, month, day, hour, self.minute, self.second)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Body:
    """A message body split into its parts."""

    sender: str | None
    text: str
    is_system: bool
    attachment: str | None
    media_omitted: bool
    deleted: bool


def clean(text: str) -> str:
    """Drop the invisible direction marks WhatsApp inserts."""
    return BIDI_MARKS.sub("", text)


def match_header(line: str) -> Header | None:
    """Return the header of a line that starts a message, or None for other lines."""
    m = _HEADER.fullmatch(clean(line))
    if m is None or (m["open"] is None and m["dash"] is None):
        return None
    hour = int(m["hour"])
    pm = None if m["ampm"] is None else m["ampm"].lower() in "pn"
    if (pm is None and hour > 23) or (pm is not None and not 1 <= hour <= 12):
        return None
    year_first = m["yfirst"] is not None
    year = m["yfirst"] if year_first else m["year"]
    return Header(
        a=int(m["ymonth"] if year_first else m["a"]),
        b=int(m["yday"] if year_first else m["b"]),
        year=int(year) + (2000 if len(year) == 2 else 0), short_year=len(year) == 2,
        hour=hour, minute=int(m["minute"]), second=int(m["second"] or 0), pm=pm,
        sep=m["ysep"] if year_first else m["sep"], bracketed=m["open"] is not None,
        dashed=m["dash"] is not None, rest=m["rest"] or "", year_first=year_first,
    )


def _inversions(headers: list[Header], order: str) -> int:
    times = [t for h in headers if (t := h.to_datetime(order)) is not None]
    return sum(1 for earlier, later in pairwise(times) if later < earlier)


def decide_date_order(headers: list[Header], text: str) -> str:
    """Day-month or month-day for a whole file.

    A field above 12 decides; when every date fits both orders, the order that keeps
    the messages in time order wins, then Dutch phrases (DMY), then the US style
    "1/5/26, 9:15 PM" (MDY); otherwise DMY.
    """
    if headers and all(h.year_first for h in headers):
        return YMD
    valid = {o: sum(h.to_datetime(o) is not None for h in headers) for o in (DMY, MDY)}
    if valid[DMY] != valid[MDY]:
        return DMY if valid[DMY] > valid[MDY] else MDY
    inversions = {o: _inversions(headers, o) for o in (DMY, MDY)}
    if inversions[DMY] != inversions[MDY]:
        return DMY if inversions[DMY] < inversions[MDY] else MDY
    if _DUTCH_HINT.search(text):
        return DMY
    if all(h.sep == "/" and h.short_year and h.pm is not None for h in headers):
        return MDY
    return DMY


def detect_platform(headers: list[Header], text: str) -> str:
    """"android" for "<date> <time> - " lines, "ios" for "[<date> <time>] " lines."""
    dashed = sum(h.dashed for h in headers)
    if dashed * 2 >= len(headers):
        return "android"
    ios_markers = "<attached: " in text or "<bijgevoegd: " in text
    return "android" if _ANDROID_MARKERS.search(text) and not ios_markers else "ios"


def _is_system_text(text: str) -> bool:
    # System messages are short; the length cap also bounds regex backtracking.
    return len(text) <= 400 and _SYSTEM.fullmatch(text) is not None


def _normalise_name(name: str) -> str:
    return " ".join(clean(name).replace("\u00a0", " ").replace("\u202f", " ").split())


def split_body(
    header: Header, raw_line: str, continuation: list[str], *, ios: bool, ios_marks: bool
) -> Body:
    """Split a message (header line plus continuation lines) into a Body.

    `ios_marks` says the file carries iOS's direction marks; iOS then writes system
    messages as "<chat name>: \u200e<text>", and only those count as system messages.
    """
    rest = header.rest
    tail = "\n".join(clean(line) for line in continuation)
    sender, found, first = rest.partition(": ")
    if not found and rest.endswith(":"):
        sender, found, first = rest[:-1], ":", ""
    name = _normalise_name(sender)
    quoted = any(quote in sender for quote in '"“”')
    if not found or not name or (not ios and quoted and _is_system_text(rest.strip())):
        whole = "\n".join(part for part in (rest, tail) if part).strip()
        return Body(None, whole, True, None, False, bool(_DELETED.fullmatch(whole)))
    first = first.strip()
    if ios and _is_system_text(first):
        raw_text = raw_line.partition("] ")[2].partition(": ")[2]
        marked = raw_text.lstrip(" ").startswith(("\u200e", "\u200f"))
        if marked or not ios_marks:
            whole = "\n".join(part for part in (first, tail) if part).strip()
            return Body(None, whole, True, None, False, False)
    attachment: str | None = None
    omitted = False
    if _OMITTED.fullmatch(first):
        omitted, first = True, ""
    elif m := _ANDROID_ATTACHMENT.fullmatch(first) or _OLD_IOS_ATTACHMENT.fullmatch(first):
        attachment, first = m["name"].strip(), ""
    elif (m := _IOS_ATTACHMENT.search(first)) is not None:
        attachment = m["name"].strip()
        first = (first[: m.start()] + first[m.end() :]).strip()
    text = (first + ("\n" + tail if continuation else "")).strip()
    deleted = attachment is None and not omitted and bool(_DELETED.fullmatch(text))
    return Body(name, text, False, attachment, omitted, deleted)


def dominant_layout(headers: list[Header]) -> tuple[bool, bool, bool]:
    """The layout most header lines of the whole file share (see Header.layout).

    Decided over every line, not the first few: a quoted date in a message or one odd
    line at the top must not decide how a 2,000-message export is read. Ties go to the
    layout of the first header.
    """
    counts = Counter(h.layout for h in headers)
    best = max(counts.values())
    return next(h.layout for h in headers if counts[h.layout] == best)
