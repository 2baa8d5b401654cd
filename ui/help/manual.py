"""The manual's text: chapters and short explanations of concepts, per language.

The text lives in resources/manual/<language>/ so it can be read and corrected without
touching code: `NN-topic.md` files (Markdown, first line `# Title`, shown in file-name
order) and `begrippen.toml` (the concepts behind the "Wat betekent dit?" links). A
chapter is named by its topic, the file name without number and extension.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.resources import resource_path
from ui.shell.i18n import DEFAULT_LANGUAGE, current_language

MANUAL_DIR = resource_path("manual")


@dataclass(frozen=True)
class Chapter:
    topic: str  # "bewijs" for 04-bewijs.md
    title: str
    markdown: str


@dataclass(frozen=True)
class Concept:
    key: str
    term: str
    text: str
    chapter: str  # the topic of the chapter that tells more


def _folder(language: str | None) -> Path:
    folder = MANUAL_DIR / (language or current_language())
    return folder if folder.is_dir() else MANUAL_DIR / DEFAULT_LANGUAGE


@cache
def _chapters(folder: Path) -> tuple[Chapter, ...]:
    chapters = []
    for path in sorted(folder.glob("[0-9][0-9]-*.md")):
        text = path.read_text(encoding="utf-8")
        first, _, rest = text.partition("\n")
        chapters.append(Chapter(topic=path.stem[3:], title=first.lstrip("# ").strip(),
                                markdown=rest.strip()))
    return tuple(chapters)


@cache
def _concepts(folder: Path) -> dict[str, Concept]:
    data = tomllib.loads((folder / "begrippen.toml").read_text(encoding="utf-8"))
    return {key: Concept(key=key, term=item["term"], text=item["text"].strip(),
                         chapter=item["chapter"]) for key, item in data.items()}


def chapters(language: str | None = None) -> tuple[Chapter, ...]:
    """The chapters in reading order, in `language` (default: the interface's)."""
    return _chapters(_folder(language))


def chapter(topic: str, language: str | None = None) -> Chapter | None:
    return next((c for c in chapters(language) if c.topic == topic), None)


def concept(key: str, language: str | None = None) -> Concept:
    """The explanation behind a "Wat betekent dit?" link; KeyError for an unknown key,
    so a typo in the code fails in the tests rather than showing an empty box."""
    return _concepts(_folder(language))[key]


def concepts(language: str | None = None) -> dict[str, Concept]:
    return dict(_concepts(_folder(language)))
