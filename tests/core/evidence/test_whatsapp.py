"""WhatsApp chat exports: Android and iPhone, Dutch and English, txt and zip."""

from __future__ import annotations

import dataclasses
import io
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from app.errors import PestdossierError
from app.evidence import whatsapp
from app.evidence.whatsapp import (
    ChatFormatError,
    ChatMessage,
    ChatTranscript,
    looks_like_whatsapp_export,
    parse_chat_export,
    parse_chat_text,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "whatsapp"
LRM = "\u200e"


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parse(name: str) -> ChatTranscript:
    return parse_chat_text(load(name), name)


def at(*parts: int) -> datetime:
    return datetime(*parts)  # naive: exports carry the phone's local time


def tiny_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (2, 2), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def make_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def by_index(transcript: ChatTranscript, index: int) -> ChatMessage:
    message = transcript.messages[index]
    assert message.index == index
    return message


# --- every variant -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "platform", "order", "count", "authors", "first", "last"),
    [
        ("android_nl_24h.txt", "android", "DMY", 19, ("Daan", "Liv", "Noor", "Sem"),
         at(2025, 11, 3, 19, 2), at(2025, 11, 5, 0, 1)),
        ("android_en_us_12h.txt", "android", "MDY", 14, ("Noor", "Sem", "Daan", "Liv"),
         at(2025, 11, 14, 20, 58), at(2025, 11, 15, 12, 31)),
        ("android_en_gb_24h.txt", "android", "DMY", 10, ("Sem", "Liv"),
         at(2025, 11, 28, 16, 40), at(2025, 12, 1, 0, 0)),
        ("ios_nl.txt", "ios", "DMY", 11, ("Noor", "Daan", "Sem", "Liv"),
         at(2025, 11, 4, 8, 5, 12), at(2025, 11, 13, 0, 0, 5)),
        ("ios_en_12h.txt", "ios", "MDY", 12, ("Noor", "Sem", "Liv", "Daan"),
         at(2025, 11, 14, 20, 58, 1), at(2025, 11, 15, 12, 2)),
    ],
)
def test_variant_summary(name, platform, order, count, authors, first, last):
    chat = parse(name)
    assert chat.source_name == name
    assert chat.platform_variant == platform
    assert chat.date_order == order
    assert len(chat.messages) == count
    assert [m.index for m in chat.messages] == list(range(count))
    assert chat.authors == authors
    assert chat.first_message_at() == first
    assert chat.last_message_at() == last
    assert chat.attachments_in_archive == ()
    assert not any(m.attachment_present for m in chat.messages)
    for message in chat.messages:
        assert LRM not in message.text
        assert (message.sender is None) == message.is_system


def test_android_nl_24h_details():
    chat = parse("android_nl_24h.txt")
    system = [m.index for m in chat.messages if m.is_system]
    assert system == [0, 1, 2, 3, 4, 16, 18]
    assert by_index(chat, 0).text.startswith("Berichten en oproepen zijn end-to-end versleuteld.")
    assert by_index(chat, 2).text == "Daan heeft Noor toegevoegd"
    assert by_index(chat, 16).text == "Liv is vertrokken"
    # A subject with ": " inside quotes is still a system message, not a sender.
    rename = by_index(chat, 18)
    assert rename.sender is None
    assert rename.text == (
        'Daan heeft de groepsnaam gewijzigd van "Klas 2B" naar "Klas 2B: zonder Liv"'
    )

    photo = by_index(chat, 9)
    assert (photo.sender, photo.sent_at) == ("Noor", at(2025, 11, 4, 8, 5))
    assert photo.attachment == "IMG-20251104-WA0003.jpg"
    assert photo.text == "kijk wie er weer vooraan zat te slijmen"
    assert by_index(chat, 15).attachment == "IMG-20251104-WA0007.jpg"
    assert by_index(chat, 15).text == ""

    omitted = by_index(chat, 10)
    assert (omitted.sender, omitted.media_omitted, omitted.text) == ("Daan", True, "")
    assert omitted.attachment is None

    plea = by_index(chat, 12)
    assert plea.sender == "Liv"
    assert plea.sent_at == at(2025, 11, 4, 12, 30)
    assert plea.text == (
        "Kunnen jullie daarmee stoppen?\nIk vind het echt niet leuk.\n\n"
        "Verwijder die foto alsjeblieft."
    )
    assert by_index(chat, 17).sent_at == at(2025, 11, 5, 0, 0)
    assert by_index(chat, 14).text == "als je het tegen de mentor zegt, ben je de klos"


def test_deleted_messages_keep_who_deleted_them():
    chat = parse("android_nl_24h.txt")
    deleted = [m for m in chat.messages if m.deleted]
    assert [(m.index, m.sender, m.is_system) for m in deleted] == [(13, "Daan", False)]
    assert deleted[0].text == "Dit bericht is verwijderd"
    gb = parse("android_en_gb_24h.txt")
    assert [(m.sender, m.text) for m in gb.messages if m.deleted] == [
        ("Sem", "This message was deleted")
    ]
    assert [m.sender for m in parse("ios_nl.txt").messages if m.deleted] == ["Sem"]
    assert [m.sender for m in parse("ios_en_12h.txt").messages if m.deleted] == ["Daan"]
    own = [m for m in parse("android_en_us_12h.txt").messages if m.deleted]
    assert [(m.sender, m.text) for m in own] == [("Sem", "You deleted this message")]


def test_android_en_us_12h_times_and_markers():
    chat = parse("android_en_us_12h.txt")
    times = {m.index: m.sent_at for m in chat.messages}
    assert times[0] == at(2025, 11, 14, 20, 58)
    assert times[3] == at(2025, 11, 14, 21, 15)
    assert times[8] == at(2025, 11, 14, 23, 59)  # 11:59 PM
    assert times[9] == at(2025, 11, 15, 0, 0)  # 12:00 AM is midnight
    assert times[10] == at(2025, 11, 15, 0, 5)  # 12:05 AM
    assert times[11] == at(2025, 11, 15, 12, 0)  # 12:00 PM is noon
    assert times[12] == at(2025, 11, 15, 12, 30)
    assert [m.index for m in chat.messages if m.is_system] == [0, 1, 2, 12, 13]
    assert by_index(chat, 1).text == 'Daan created group "Klas 2B"'
    assert by_index(chat, 2).text == "Daan added Noor, Sem and Liv"
    assert by_index(chat, 12).text == (
        'Daan changed the subject from "Klas 2B" to "Klas 2B: no snitches"'
    )
    assert by_index(chat, 13).text == "Liv left"
    mascot = by_index(chat, 5)
    assert (mascot.sender, mascot.attachment, mascot.text) == (
        "Daan", "IMG-20251114-WA0007.jpg", "new class mascot",
    )
    assert by_index(chat, 7).media_omitted
    assert by_index(chat, 10).text == "tell anyone and you'll regret it"


def test_android_en_gb_24h_details():
    chat = parse("android_en_gb_24h.txt")
    assert [m.index for m in chat.messages if m.is_system] == [0]
    threat = by_index(chat, 5)
    assert threat.sender == "Sem"
    assert threat.sent_at == at(2025, 11, 28, 16, 53)
    assert threat.text == "watch out tomorrow at the bike shed\njust saying"
    video = by_index(chat, 7)
    assert video.attachment == "VID-20251128-WA0002.mp4"
    assert video.text == "screen recording of the group"
    assert by_index(chat, 6).media_omitted
    assert by_index(chat, 9).sent_at == at(2025, 12, 1, 0, 0)


def test_ios_nl_details():
    chat = parse("ios_nl.txt")
    # iOS writes system messages as "<group>: \u200e<text>"; the group is no author.
    assert [m.index for m in chat.messages if m.is_system] == [0, 1, 2, 9]
    assert "Klas 2B" not in chat.authors
    assert by_index(chat, 1).text == 'Daan heeft de groep "Klas 2B" aangemaakt'
    assert by_index(chat, 9).text == "Daan heeft Liv verwijderd"
    # Looks like a system message but has no direction mark: a student typed it.
    mock = by_index(chat, 6)
    assert (mock.sender, mock.is_system, mock.text) == ("Sem", False, "haha Liv is vertrokken")
    photo = by_index(chat, 3)
    assert photo.sent_at == at(2025, 11, 4, 8, 6, 40)
    assert (photo.sender, photo.text) == ("Noor", "")
    assert photo.attachment == "00000007-PHOTO-2025-11-04-08-06-40.jpg"
    assert by_index(chat, 5).media_omitted  # "afbeelding weggelaten"
    assert by_index(chat, 7).text == "Stop hiermee.\nIk meen het."
    assert by_index(chat, 10).sent_at == at(2025, 11, 13, 0, 0, 5)


def test_ios_en_12h_details():
    chat = parse("ios_en_12h.txt")
    assert [m.index for m in chat.messages if m.is_system] == [0, 1, 2, 11]
    assert by_index(chat, 1).text == "Daan created group “Klas 2B”"
    assert by_index(chat, 11).text == "Liv left"
    assert by_index(chat, 3).attachment == "00000012-PHOTO-2025-11-14-21-15-07.jpg"
    assert by_index(chat, 3).sent_at == at(2025, 11, 14, 21, 15, 7)
    assert by_index(chat, 5).media_omitted  # "image omitted"
    assert by_index(chat, 6).text == "please stop\nthis isn't funny anymore"
    assert by_index(chat, 7).sent_at == at(2025, 11, 14, 23, 59, 59)
    assert by_index(chat, 8).sent_at == at(2025, 11, 15, 0, 0, 0)  # 12:00:00 AM
    assert by_index(chat, 9).sent_at == at(2025, 11, 15, 12, 0, 0)  # 12:00:00 PM
    assert by_index(chat, 10).attachment == "00000015-PHOTO-2025-11-15-12-01-10.jpg"


def test_ios_without_direction_marks_still_finds_system_messages():
    stripped = load("ios_en_12h.txt").decode().replace(LRM, "").encode()
    chat = parse_chat_text(stripped, "_chat.txt")
    assert [m.index for m in chat.messages if m.is_system] == [0, 1, 2, 11]
    assert chat.messages == parse("ios_en_12h.txt").messages


# --- header shapes, clocks and date order --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected", "platform"),
    [
        ("12/31/25, 9:15 PM - Noor: hoi", at(2025, 12, 31, 21, 15), "android"),
        ("12/31/25, 9:15\u202fPM - Noor: hoi", at(2025, 12, 31, 21, 15), "android"),
        ("31/12/2025, 21:15 - Noor: hoi", at(2025, 12, 31, 21, 15), "android"),
        ("31-12-2025 21:15 - Noor: hoi", at(2025, 12, 31, 21, 15), "android"),
        ("31.12.25, 21:15 - Noor: hoi", at(2025, 12, 31, 21, 15), "android"),
        ("[31-12-25 21:15:07] - Noor: hoi", at(2025, 12, 31, 21, 15, 7), "android"),
        ("31/12/2025, 9:15 pm - Noor: hoi", at(2025, 12, 31, 21, 15), "android"),
        ("12/31/25, 9:15 p.m. - Noor: hoi", at(2025, 12, 31, 21, 15), "android"),
        ("[31-12-2025, 21:15:07] Noor: hoi", at(2025, 12, 31, 21, 15, 7), "ios"),
        ("[12/31/25, 9:15:07 PM] Noor: hoi", at(2025, 12, 31, 21, 15, 7), "ios"),
        ("[12/31/25, 9:15:07\u202fPM] Noor: hoi", at(2025, 12, 31, 21, 15, 7), "ios"),
        ("[31/12/2025 21:15:07] Noor: hoi", at(2025, 12, 31, 21, 15, 7), "ios"),
        ("\u200e[31-12-25 21:15:07] Noor: hoi", at(2025, 12, 31, 21, 15, 7), "ios"),
        ("[31-12-25, 21:15] Noor: hoi", at(2025, 12, 31, 21, 15), "ios"),
    ],
)
def test_header_variants(line, expected, platform):
    chat = parse_chat_text(line.encode())
    assert chat.platform_variant == platform
    [message] = chat.messages
    assert (message.sent_at, message.sender, message.text) == (expected, "Noor", "hoi")


def test_android_bracket_variant_with_android_markers_is_android():
    data = b"[31-12-25 21:15:07] Noor: IMG-20251231-WA0001.jpg (file attached)\n"
    chat = parse_chat_text(data)
    assert chat.platform_variant == "android"
    assert chat.messages[0].attachment == "IMG-20251231-WA0001.jpg"


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        ("12:00 AM", (0, 0)), ("12:59 AM", (0, 59)), ("1:00 AM", (1, 0)),
        ("11:59 AM", (11, 59)), ("12:00 PM", (12, 0)), ("12:30 PM", (12, 30)),
        ("1:00 PM", (13, 0)), ("11:59 PM", (23, 59)),
    ],
)
def test_twelve_hour_clock_edges(clock, expected):
    chat = parse_chat_text(f"1/13/26, {clock} - Sem: hoi\n".encode())
    assert chat.messages[0].sent_at == at(2026, 1, 13, *expected)


@pytest.mark.parametrize("clock", ["13:00 PM", "0:30 AM", "24:00", "12:60"])
def test_impossible_times_are_not_headers(clock):
    with pytest.raises(ChatFormatError):
        parse_chat_text(f"13/01/2026, {clock} - Sem: hoi\n".encode())


@pytest.mark.parametrize(
    ("lines", "order", "first"),
    [
        # A first field above 12 decides, wherever it is in the file.
        (["05/06/2025, 10:00 - Sem: a", "13/06/2025, 10:00 - Sem: b"], "DMY", (2025, 6, 5)),
        (["05/06/2025, 10:00 - Sem: a", "06/13/2025, 10:00 - Sem: b"], "MDY", (2025, 5, 6)),
        # Every date fits both orders: the order that keeps time running forward wins.
        (["12/01/2025, 10:00 - Sem: a", "01/02/2025, 10:00 - Sem: b"], "DMY", (2025, 1, 12)),
        (["01/12/2025, 10:00 - Sem: a", "02/01/2025, 10:00 - Sem: b"], "MDY", (2025, 1, 12)),
        # Then Dutch system phrases, then the US style, else day first.
        (["05/06/25, 10:00 AM - Sem: <Media weggelaten>"], "DMY", (2025, 6, 5)),
        (["05/06/25, 10:00 AM - Sem: hoi"], "MDY", (2025, 5, 6)),
        (["05/06/2025, 10:00 - Sem: hoi"], "DMY", (2025, 6, 5)),
        (["05-06-25 10:00 - Sem: hoi"], "DMY", (2025, 6, 5)),
    ],
)
def test_date_order_detection(lines, order, first):
    chat = parse_chat_text("\n".join(lines).encode())
    assert chat.date_order == order
    assert chat.messages[0].sent_at.timetuple()[:3] == first


def test_continuation_lines_that_look_like_dates_stay_in_the_message():
    data = (
        b"13/01/2026, 10:00 - Sem: kijk dit\n"
        b"99/99/2026, 10:00 - geen echte kop\n"
        b"01/13/2026, 10:01 - ook geen kop (maand 13)\n"
        b"13/01/2026, 10:02 - Noor: ok\n"
    )
    chat = parse_chat_text(data)
    assert [m.sender for m in chat.messages] == ["Sem", "Noor"]
    assert chat.messages[0].text.splitlines()[1:] == [
        "99/99/2026, 10:00 - geen echte kop", "01/13/2026, 10:01 - ook geen kop (maand 13)",
    ]


@pytest.mark.parametrize(
    "name",
    ["android_nl_24h.txt", "android_en_us_12h.txt", "android_en_gb_24h.txt", "ios_nl.txt",
     "ios_en_12h.txt"],
)
def test_bom_and_crlf_give_the_same_transcript(name):
    lf = load(name)
    crlf = lf.replace(b"\n", b"\r\n")
    assert b"\r\n" in crlf
    expected = parse_chat_text(lf, name)
    for variant in (b"\xef\xbb\xbf" + lf, crlf, b"\xef\xbb\xbf" + crlf):
        assert parse_chat_text(variant, name) == expected
    assert all("\r" not in m.text for m in expected.messages)


def test_system_message_shapes_without_sender():
    text = "\n".join(
        f"13/01/2026, 10:0{i} - {body}"
        for i, body in enumerate(
            [
                "Messages and calls are end-to-end encrypted. Tap to learn more.",
                "Daan added Sem", "Sem left", "Noor heeft Sem toegevoegd",
                "Sem is vertrokken", 'Daan created group "Klas 2B"',
                "Daan changed this group's icon",
            ]
        )
    )
    chat = parse_chat_text(text.encode())
    assert all(m.is_system and m.sender is None for m in chat.messages)
    assert chat.authors == ()


def test_message_text_like_a_system_message_keeps_its_android_sender():
    chat = parse_chat_text(b"13/01/2026, 10:00 - Daan: Noor added Sem\n")
    [message] = chat.messages
    assert (message.sender, message.is_system, message.text) == ("Daan", False, "Noor added Sem")


def test_line_with_an_empty_sender_is_not_a_message_from_nobody():
    [message] = parse_chat_text(b"13/01/2026, 10:00 - : hoi\n").messages
    assert (message.sender, message.is_system, message.text) == (None, True, ": hoi")


def test_sender_with_phone_number_and_colon_in_text():
    line = "13/01/2026, 10:00 - +31\u00a06\u00a012345678: let op: morgen\n"
    [message] = parse_chat_text(line.encode()).messages
    assert (message.sender, message.text) == ("+31 6 12345678", "let op: morgen")


def test_old_ios_attachment_marker():
    line = f"[13-01-2026 10:00:00] Noor: {LRM}IMG_0042.JPG <{LRM}attached>\n"
    [message] = parse_chat_text(line.encode()).messages
    assert (message.attachment, message.text) == ("IMG_0042.JPG", "")


# --- errors ----------------------------------------------------------------------------------


def assert_dutch_one_line(error: ChatFormatError) -> None:
    assert error.message.startswith("Dit bestand is geen WhatsApp-export die Pestdossier")
    assert "\n" not in error.message
    assert str(error) == error.message


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "leeg"),
        (b"   \r\n\n", "leeg"),
        (b"\xef\xbb\xbf", "leeg"),
        (b"Boodschappen:\nmelk\nbrood\n", "geen regels met datum en tijd gevonden"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "geen UTF-8"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "geen UTF-8"),
        (b"Notities\n13/01/2026, 10:00 - Sem: hoi\n", "eerste regel"),
    ],
)
def test_unreadable_text_raises_chat_format_error(data, reason):
    with pytest.raises(ChatFormatError) as caught:
        parse_chat_export(data, "chat.txt")
    assert reason in caught.value.message
    assert_dutch_one_line(caught.value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, PestdossierError)


def test_transcript_is_immutable():
    chat = parse("ios_nl.txt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        chat.messages[0].text = "anders"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        chat.source_name = "anders"  # type: ignore[misc]


def test_empty_transcript_has_no_first_or_last_time():
    chat = ChatTranscript("x.txt", "android", "DMY", (), (), ())
    assert chat.first_message_at() is None
    assert chat.last_message_at() is None


# --- zip "with media" ------------------------------------------------------------------------


def test_ios_zip_with_media_marks_present_and_missing_attachments():
    photo = "00000012-PHOTO-2025-11-14-21-15-07.jpg"
    data = make_zip({"_chat.txt": load("ios_en_12h.txt"), photo: tiny_jpeg()})
    chat = parse_chat_export(data, "WhatsApp Chat - Klas 2B.zip")
    assert chat.source_name == "WhatsApp Chat - Klas 2B.zip"
    assert chat.platform_variant == "ios"
    assert chat.attachments_in_archive == (photo,)
    named = [(m.attachment, m.attachment_present) for m in chat.messages if m.attachment]
    assert named == [(photo, True), ("00000015-PHOTO-2025-11-15-12-01-10.jpg", False)]
    assert len(chat.messages) == 12
    assert chat.messages == tuple(
        dataclasses.replace(m, attachment_present=m.attachment == photo)
        for m in parse("ios_en_12h.txt").messages
    )


def test_android_zip_in_a_folder_ignores_macos_junk():
    folder = "WhatsApp-chat met Klas 2B/"
    data = make_zip(
        {
            folder + "WhatsApp-chat met Klas 2B.txt": load("android_nl_24h.txt"),
            folder + "IMG-20251104-WA0003.jpg": tiny_jpeg(),
            folder + "notities.txt": b"een bijgevoegd document",
            "__MACOSX/" + folder + "._IMG-20251104-WA0003.jpg": b"\x00\x05\x16\x07",
        }
    )
    chat = parse_chat_export(data, "WhatsApp-chat met Klas 2B.zip")
    assert chat.attachments_in_archive == (
        folder + "IMG-20251104-WA0003.jpg", folder + "notities.txt",
    )
    named = {m.attachment: m.attachment_present for m in chat.messages if m.attachment}
    assert named == {"IMG-20251104-WA0003.jpg": True, "IMG-20251104-WA0007.jpg": False}


def test_zip_is_recognised_by_content_not_name():
    data = make_zip({"WhatsApp Chat with Sem.txt": load("android_en_gb_24h.txt")})
    chat = parse_chat_export(data, "WhatsApp Chat with Sem.txt")
    assert len(chat.messages) == 10
    assert looks_like_whatsapp_export(data, "whatever.bin")


def test_text_export_goes_through_parse_chat_export_too():
    expected = dataclasses.replace(parse("ios_nl.txt"), source_name="_chat.txt")
    assert parse_chat_export(load("ios_nl.txt"), "_chat.txt") == expected


@pytest.mark.parametrize(
    ("members", "reason"),
    [
        ({"IMG-20251104-WA0003.jpg": b"jpg"}, "geen chat"),
        ({}, "geen chat"),
        ({"a.txt": b"x", "b.txt": b"y"}, "meer dan één chat"),
        ({"_chat.txt": b"Dit is geen chat\n"}, "geen regels met datum"),
        ({"_chat.txt": b""}, "leeg"),
    ],
)
def test_zip_without_a_readable_chat_raises(members, reason):
    with pytest.raises(ChatFormatError) as caught:
        parse_chat_export(make_zip(members), "export.zip")
    assert reason in caught.value.message
    assert_dutch_one_line(caught.value)


@pytest.mark.parametrize(
    "evil", ["../IMG-20251104-WA0003.jpg", "/etc/passwd", "a/../../b.jpg", "..\\b.jpg",
             "C:\\Windows\\b.jpg", "C:/b.jpg"],
)
def test_zip_path_traversal_names_are_rejected(evil):
    data = make_zip({"_chat.txt": load("ios_en_12h.txt"), evil: tiny_jpeg()})
    with pytest.raises(ChatFormatError) as caught:
        parse_chat_export(data, "export.zip")
    assert "onveilige bestandsnaam" in caught.value.message
    assert not looks_like_whatsapp_export(data, "export.zip")


def test_attachment_name_with_a_path_in_the_text_is_never_present():
    chat_txt = (
        b"13/01/2026, 10:00 - Sem: ../../IMG-1.jpg (file attached)\n"
        b"13/01/2026, 10:01 - Sem: IMG-1.jpg (file attached)\n"
    )
    chat = parse_chat_export(make_zip({"_chat.txt": chat_txt, "IMG-1.jpg": b"x"}), "e.zip")
    assert [(m.attachment, m.attachment_present) for m in chat.messages] == [
        ("../../IMG-1.jpg", False), ("IMG-1.jpg", True),
    ]


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size a zip's central directory declares for `member`."""
    blob = bytearray(data)
    offset = 0
    while (offset := data.find(b"PK\x01\x02", offset)) != -1:
        name_len = struct.unpack_from("<H", blob, offset + 28)[0]
        if blob[offset + 46 : offset + 46 + name_len].decode() == member:
            struct.pack_into("<I", blob, offset + 24, size)
            return bytes(blob)
        offset += 4
    raise AssertionError(member)


@pytest.mark.parametrize(
    ("size", "member"),
    [
        (0xF000_0000, "IMG-1.jpg"),  # declares 3.75 GiB in total
        (200 * 1024**2, "IMG-1.jpg"),  # 200 MiB out of a few bytes
        (300 * 1024**2, "_chat.txt"),
    ],
)
def test_zip_bombs_are_rejected_before_reading(size, member):
    data = make_zip({"_chat.txt": load("ios_nl.txt"), "IMG-1.jpg": b"\x00" * 64})
    with pytest.raises(ChatFormatError) as caught:
        parse_chat_export(_declare_size(data, member, size), "bom.zip")
    assert "verdacht groot" in caught.value.message


def test_oversized_chat_text_in_zip_is_refused(monkeypatch):
    monkeypatch.setattr(whatsapp, "MAX_CHAT_BYTES", 100)
    data = make_zip({"_chat.txt": load("ios_nl.txt")})
    with pytest.raises(ChatFormatError) as caught:
        parse_chat_export(data, "groot.zip")
    assert "te groot" in caught.value.message


def test_damaged_or_encrypted_zip_raises_chat_format_error():
    data = make_zip({"_chat.txt": load("ios_nl.txt")})
    with pytest.raises(ChatFormatError):
        parse_chat_export(data[: len(data) // 2], "kapot.zip")
    corrupted = bytearray(data)
    corrupted[60] ^= 0xFF  # inside the compressed chat: CRC or inflate fails
    with pytest.raises(ChatFormatError):
        parse_chat_export(bytes(corrupted), "kapot.zip")
    flagged = bytearray(data)
    flagged[6] |= 0x01  # local header: "encrypted"
    central = flagged.index(b"PK\x01\x02")
    flagged[central + 8] |= 0x01
    with pytest.raises(ChatFormatError):
        parse_chat_export(bytes(flagged), "versleuteld.zip")


def test_nothing_is_written_to_disk(monkeypatch):
    import builtins
    import os
    import tempfile

    zipped = make_zip({"_chat.txt": load("ios_en_12h.txt"), "IMG-1.jpg": tiny_jpeg()})
    text = load("android_nl_24h.txt")

    def refuse(*args, **kwargs):
        raise AssertionError("the parser touched the file system")

    for owner, name in [(builtins, "open"), (os, "open"), (io, "open"), (tempfile, "mkstemp"),
                        (tempfile, "NamedTemporaryFile"), (tempfile, "TemporaryFile"),
                        (tempfile, "SpooledTemporaryFile"), (tempfile, "mkdtemp")]:
        monkeypatch.setattr(owner, name, refuse)
    assert len(parse_chat_export(zipped, "export.zip").messages) == 12
    assert len(parse_chat_export(text, "chat.txt").messages) == 19
    assert looks_like_whatsapp_export(zipped, "export.zip")


# --- the cheap check ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["android_nl_24h.txt", "android_en_us_12h.txt", "android_en_gb_24h.txt", "ios_nl.txt",
     "ios_en_12h.txt"],
)
def test_looks_like_export_accepts_every_fixture(name):
    assert looks_like_whatsapp_export(load(name), name)
    assert looks_like_whatsapp_export(b"\xef\xbb\xbf" + load(name).replace(b"\n", b"\r\n"), name)


@pytest.mark.parametrize(
    "data",
    [b"", b"hallo\n", b"%PDF-1.7\n", tiny_jpeg(), make_zip({"foto.jpg": b"x"}),
     b"PK\x03\x04kapot", b"Notities\n13/01/2026, 10:00 - Sem: hoi\n"],
)
def test_looks_like_export_rejects_other_files(data):
    assert not looks_like_whatsapp_export(data, "WhatsApp Chat with Sem.txt")


# --- open-ended input --------------------------------------------------------------------------

HEADERISH = st.text(
    alphabet=st.sampled_from(list("0123456789/-.,:[] APMapm\n\r\u200e\u202fNoor<>()attached")),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_raise_chat_format_error(data):
    for candidate in (data, b"PK\x03\x04" + data, b"PK\x05\x06" + data):
        try:
            result = parse_chat_export(candidate, "x")
        except ChatFormatError:
            continue
        assert isinstance(result, ChatTranscript)
        assert isinstance(looks_like_whatsapp_export(candidate, "x"), bool)


@settings(max_examples=300, deadline=None)
@given(HEADERISH)
def test_header_like_text_only_raises_chat_format_error(text):
    try:
        chat = parse_chat_text(text.encode())
    except ChatFormatError:
        return
    assert chat.messages
    assert chat.date_order in ("DMY", "MDY")
    assert chat.platform_variant in ("android", "ios")
    for message in chat.messages:
        assert (message.sender is None) == message.is_system
        assert message.sender != ""
        assert not (message.media_omitted and message.attachment)
    assert isinstance(looks_like_whatsapp_export(text.encode(), "x"), bool)
