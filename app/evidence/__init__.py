"""Evidence of online bullying: capture, integrity, chat exports.

Importing this package registers the evidence checker with app.verify, so `verify`
(CLI and GUI) re-hashes every item. The registration lives here, not in app.verify:
app.verify must not import app.evidence (app.evidence imports the vault, which
app.verify already imports, and the dependency should point one way). Every entry
point that can reach evidence imports this package: the CLI's main module, the GUI's
evidence views, and EvidenceStore users.
"""

from app.evidence.chunks import BULK_THRESHOLD as BULK_IMPORT_BYTES
from app.evidence.described import ADVICE_NL as DESCRIBED_ONLY_ADVICE_NL
from app.evidence.model import (
    Account,
    Action,
    ChatSummary,
    Circulation,
    DuplicateEvidenceError,
    EmptyFileError,
    EvidenceError,
    EvidenceItem,
    EvidenceKind,
    EvidenceMetadata,
    EvidenceSource,
    EvidenceTooLargeError,
    ImportCancelledError,
    MetadataVersion,
    UnreadableFileError,
)
from app.evidence.store import EvidenceStore
from app.evidence.thumbnails import Thumbnail
from app.evidence.verify import check_evidence
from app.verify import register_checker

register_checker(check_evidence, reads_in_full=("evidence_chunks",))

__all__ = [
    "BULK_IMPORT_BYTES",
    "DESCRIBED_ONLY_ADVICE_NL",
    "Account",
    "Action",
    "ChatSummary",
    "Circulation",
    "DuplicateEvidenceError",
    "EmptyFileError",
    "EvidenceError",
    "EvidenceItem",
    "EvidenceKind",
    "EvidenceMetadata",
    "EvidenceSource",
    "EvidenceStore",
    "EvidenceTooLargeError",
    "ImportCancelledError",
    "MetadataVersion",
    "Thumbnail",
    "UnreadableFileError",
    "check_evidence",
]
