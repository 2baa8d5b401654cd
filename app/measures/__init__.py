"""`case_file.measures`: the consequence ladder of a case's protocol, the measures taken
(who, when, why, and later their effect), one more chance after a first broken agreement,
and escalation to someone higher up (issue 13 item 4). The ladder is data in the protocol
files ([[consequences]], app/protocols/consequences.py); what was taken is kept in
`case_measures` (schema 13)."""

from app.measures.model import DEFAULT_ESCALATION, LadderRung, MeasureKind, MeasureRecord
from app.measures.service import Measures

__all__ = ["DEFAULT_ESCALATION", "LadderRung", "MeasureKind", "MeasureRecord", "Measures"]
