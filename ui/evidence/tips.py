"""Short capture tips per platform, in plain words, for sitting with the student."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

TIP_PLATFORMS = ("WhatsApp", "Instagram", "TikTok", "Snapchat", "Discord")


def capture_tips(platform: str) -> str:
    tips = {
        "WhatsApp": QCoreApplication.translate(
            "CaptureTips",
            "Tap the name at the top of the chat: the phone number and name show there. "
            "Capture that screen too.\nThe time is next to every message; the date is in the "
            "grey bar above a day.\nFor a whole conversation use 'Export chat' (menu > More > "
            "Export chat; on iPhone: tap the name > Export chat), include media, and import the "
            ".zip here.\nLong group chat? Scroll and capture piece by piece, each screenshot "
            "overlapping the last."),
        "Instagram": QCoreApplication.translate(
            "CaptureTips",
            "Keep the account name at the top of the post or message in the screenshot.\n"
            "The @name is on the profile under the picture; menu > Copy profile URL gives the "
            "web address (for a post: Share > Copy link).\nThe date is under a post; in "
            "messages, tap a message to see the time.\nSave stories at once: they disappear "
            "after 24 hours."),
        "TikTok": QCoreApplication.translate(
            "CaptureTips",
            "The @name is on the profile and under the video.\nShare > Copy link gives "
            "the web address of a video or profile.\nThe date is under the description; if it "
            "says '3 d ago', write down the date that means.\nCapture comments with the "
            "commenter's name visible."),
        "Snapchat": QCoreApplication.translate(
            "CaptureTips",
            "Snaps and chats disappear: capture them straight away (the sender gets a "
            "notice of the screenshot; tell the student).\nThe username is on the profile "
            "(tap the avatar); Share profile > Copy URL gives a link.\nTimes show as 'today' "
            "or a weekday: write the real date next to it."),
        "Discord": QCoreApplication.translate(
            "CaptureTips",
            "Keep the username, the server and the channel name in the screenshot.\nThe "
            "exact time shows when you hover over a message.\nWith Developer mode on "
            "(Settings > Advanced) you can use 'Copy message link' and 'Copy user ID': the ID "
            "stays the same when someone changes their name."),
    }
    return tips.get(platform, QCoreApplication.translate(
        "CaptureTips",
        "Make sure one screenshot shows the account name, the text and the date or time."
        "\nFor a long thread take several screenshots from top to bottom, each overlapping "
        "the last.\nWrite down the web address (URL) of the post or profile."))
