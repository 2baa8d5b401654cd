"""More WhatsApp layouts: year-first dates, every 12-hour clock, the layout decided over
the whole file. One fixture per layout (invented names), with exact counts and times."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.evidence.chat_export import looks_like_chat_export
from app.evidence.whatsapp import ChatFormatError, parse_chat_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "whatsapp"


def at(*parts: int) -> datetime:
    return datetime(*parts)


@pytest.mark.parametrize(
    ("name", "platform", "order", "count", "authors", "first", "last"),
    [
        ("android_ymd_slash_24h.txt", "android", "YMD", 7, ("Jesse", "Fenna"),
         at(2019, 1, 5, 11, 25), at(2019, 1, 31, 23, 59)),
        ("android_ymd_dot_24h.txt", "android", "YMD", 5, ("Tobias", "Mirte"),
         at(2019, 2, 1, 7, 0), at(2019, 12, 24, 20, 10)),
        ("ios_ymd_dash_seconds.txt", "ios", "YMD", 6, ("Jesse", "Fenna"),
         at(2019, 3, 4, 9, 0, 1), at(2019, 3, 13, 22, 10, 5)),
        ("android_mdy_12h_dots.txt", "android", "MDY", 9, ("Ravi", "Ilse"),
         at(2019, 1, 5, 9, 15), at(2019, 1, 13, 22, 10)),
        ("android_dmy_12h_spaced.txt", "android", "DMY", 6, ("Lucia", "Mateo"),
         at(2019, 1, 5, 9, 15), at(2019, 1, 17, 23, 45)),
        ("android_dmy_12h_vm_nm.txt", "android", "DMY", 5, ("Pieter", "Anika"),
         at(2019, 1, 5, 9, 15), at(2019, 1, 20, 23, 59)),
        ("ios_mdy_12h_nnbsp.txt", "ios", "MDY", 6, ("Ravi", "Ilse"),
         at(2026, 1, 2, 20, 58, 1), at(2026, 1, 14, 0, 2, 45)),
        ("ios_dmy_dash_seconds.txt", "ios", "DMY", 5, ("Jesse", "Fenna"),
         at(2019, 1, 5, 11, 25, 3), at(2019, 2, 2, 16, 45, 59)),
        ("android_dmy_dash_24h.txt", "android", "DMY", 6, ("Fenna", "Jesse"),
         at(2019, 1, 5, 11, 25), at(2019, 2, 28, 0, 0)),
    ],
)
def test_layout_fixture(name, platform, order, count, authors, first, last):
    data = (FIXTURES / name).read_bytes()
    assert looks_like_chat_export(data, name)
    chat = parse_chat_text(data, name)
    assert (chat.platform_variant, chat.date_order) == (platform, order)
    assert len(chat.messages) == count
    assert chat.authors == authors
    assert (chat.first_message_at(), chat.last_message_at()) == (first, last)
    assert [m.sent_at for m in chat.messages] == sorted(m.sent_at for m in chat.messages)


def test_twelve_hour_export_keeps_every_message_apart():
    """Nine messages in, nine out: noon, midnight and a multi-line one included."""
    chat = parse_chat_text((FIXTURES / "android_mdy_12h_dots.txt").read_bytes())
    times = [(m.sent_at.hour, m.sent_at.minute) for m in chat.messages]
    assert times == [(9, 15), (9, 16), (11, 59), (12, 0), (12, 30), (21, 45), (0, 5), (1, 0),
                     (22, 10)]
    assert chat.messages[5].text == "see you\ntomorrow then"
    assert chat.messages[0].is_system and chat.messages[4].media_omitted
    assert chat.messages[7].deleted


@pytest.mark.parametrize("clock", ["9:15 a.m.", "9:15 a. m.", "9:15\u202fa.\u202fm.", "9:15 AM",
                                   "9:15\u202fAM", "9:15 am", "9:15 vm.", "9:15 VM"])
def test_every_morning_clock(clock):
    chat = parse_chat_text(f"05-01-2019 {clock} - Sem: hoi\n".encode())
    assert chat.messages[0].sent_at == at(2019, 1, 5, 9, 15)


@pytest.mark.parametrize("clock", ["9:15 p.m.", "9:15 p. m.", "9:15\u202fPM", "9:15 nm.",
                                   "9:15 nm"])
def test_every_evening_clock(clock):
    chat = parse_chat_text(f"05-01-2019 {clock} - Sem: hoi\n".encode())
    assert chat.messages[0].sent_at == at(2019, 1, 5, 21, 15)


@pytest.mark.parametrize("line", ["2019/01/31, 11:25 - Sem: hoi", "2019-01-31 11:25 - Sem: hoi",
                                  "2019.01.31, 11:25 - Sem: hoi", "[2019-01-31 11:25:00] Sem: hoi",
                                  "[2019/01/31, 11:25:00 AM] Sem: hoi"])
def test_year_first_is_year_month_day(line):
    [message] = parse_chat_text(line.encode()).messages
    assert (message.sent_at, message.sender) == (at(2019, 1, 31, 11, 25), "Sem")


def test_year_first_month_thirteen_is_no_header():
    with pytest.raises(ChatFormatError):
        parse_chat_text(b"2019/13/01, 11:25 - Sem: hoi\n")


def test_long_year_first_export_is_recognised_and_read_whole():
    lines = []
    for n in range(2000):
        day, minute = 1 + n // 1440, n % 1440
        lines.append(f"2019/03/{day:02d}, {minute // 60:02d}:{minute % 60:02d} - "
                     f"{'Fenna' if n % 2 else 'Jesse'}: bericht {n}")
    data = "\n".join(lines).encode()
    assert looks_like_chat_export(data, "WhatsApp-chat.txt")
    chat = parse_chat_text(data)
    assert len(chat.messages) == 2000 and chat.date_order == "YMD"
    assert chat.first_message_at() == at(2019, 3, 1, 0, 0)
    assert chat.last_message_at() == at(2019, 3, 2, 9, 19)
    assert chat.messages[1999].text == "bericht 1999"


def test_the_whole_file_decides_the_layout_not_the_first_lines():
    """A 24-hour line quoted at the top of a 12-hour export stays message text."""
    lines = ["1/5/19, 9:15 PM - Ilse: kijk wat hij stuurde:",
             "05-01-2019 21:14 - Ravi: jij bent raar",
             *(f"1/5/19, 9:{16 + n} PM - Ravi: bericht {n}" for n in range(6))]
    chat = parse_chat_text("\n".join(lines).encode())
    assert len(chat.messages) == 7
    assert chat.messages[0].text == "kijk wat hij stuurde:\n05-01-2019 21:14 - Ravi: jij bent raar"


def test_us_month_first_is_found_where_a_day_above_twelve_appears_late():
    lines = [f"{month}/{day}/19, 10:00 AM - Ravi: {month}-{day}"
             for month in (1, 2, 3) for day in (1, 5, 9, 12)]
    lines.append("3/20/19, 10:00 AM - Ravi: laatste")
    chat = parse_chat_text("\n".join(lines).encode())
    assert chat.date_order == "MDY" and chat.last_message_at() == at(2019, 3, 20, 10, 0)
    assert chat.messages[1].sent_at == at(2019, 1, 5, 10, 0)
