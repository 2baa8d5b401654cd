"""Letters to parents and the team, from a case: templates, drafts, text and PDF."""

from app.letters.compose import (
    ROLE_WORDS,
    LetterDraft,
    Letters,
    LetterSuggestion,
    first_name,
    meeting_text,
)
from app.letters.templates import (
    LETTER_IDS,
    TEMPLATES_DIR,
    LetterTemplate,
    LetterTemplateError,
    load_template,
    parse_template,
)

__all__ = [
    "LETTER_IDS", "ROLE_WORDS", "TEMPLATES_DIR", "LetterDraft", "LetterSuggestion",
    "LetterTemplate", "LetterTemplateError", "Letters", "first_name", "load_template",
    "meeting_text", "parse_template",
]
