"""Access requests (inzage, AVG art. 15): `case_file.access_requests`."""

from app.access.model import (
    AccessExport,
    AccessRequest,
    PersonCandidate,
    age_on,
    one_month_after,
    requester_for_age,
)
from app.access.service import AccessRequests

__all__ = ["AccessExport", "AccessRequest", "AccessRequests", "PersonCandidate", "age_on",
           "one_month_after", "requester_for_age"]
