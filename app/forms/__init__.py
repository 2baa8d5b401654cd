"""The non-pestcontract and the pupil's own plan: filled in the app, kept with their
revisions, printed as a PDF to sign (`case_file.forms`)."""

from app.forms.model import (
    FIELDS,
    SIGNERS,
    CaseForm,
    FormKind,
    FormRevision,
    Signer,
)
from app.forms.service import FormService

__all__ = ["FIELDS", "SIGNERS", "CaseForm", "FormKind", "FormRevision", "FormService",
           "Signer"]
