"""Retention per case: rules as data (resources/retention), the date they give, the
service on the case file (`case_file.retention`)."""

from __future__ import annotations

from app.retention.compute import CaseFacts, Computed, compute, school_year_end
from app.retention.rules import (
    SHIPPED_RETENTION_DIR,
    RetentionFileError,
    RetentionRule,
    RetentionRules,
    RuleKind,
    default_retention_rules,
    load_rules,
    parse_rules_text,
    school_retention_dir,
)
from app.retention.service import Retention, RetentionChoice, RetentionService

__all__ = [
    "SHIPPED_RETENTION_DIR", "CaseFacts", "Computed", "Retention", "RetentionChoice",
    "RetentionFileError", "RetentionRule", "RetentionRules", "RetentionService", "RuleKind",
    "compute", "default_retention_rules", "load_rules", "parse_rules_text",
    "school_retention_dir", "school_year_end",
]
