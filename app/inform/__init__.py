"""`case_file.inform`: who must be informed in a case, by which means, and whether it
happened (issue 13 item 2). The items are data in the protocol files ([[inform]],
app/protocols/inform.py); what was done is kept in `inform_records` (schema 13)."""

from app.inform.model import InformLine, InformRecord, InformState
from app.inform.service import PARENT_MEANS, Informing

__all__ = ["PARENT_MEANS", "InformLine", "InformRecord", "InformState", "Informing"]
