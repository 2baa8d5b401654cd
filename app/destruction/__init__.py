"""Destroying a case with proof, or anonymising it for the statistics (privacy law)."""

from app.destruction.model import (
    DestructionCounts,
    DestructionKind,
    DestructionPreview,
    DestructionRecord,
    ExportTrace,
)
from app.destruction.service import Destruction, DestructionNotConfirmedError

__all__ = ["Destruction", "DestructionCounts", "DestructionKind", "DestructionNotConfirmedError",
           "DestructionPreview", "DestructionRecord", "ExportTrace"]
