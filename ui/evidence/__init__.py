"""The evidence tab of a case: gallery, metadata, import, viewer, capture, session,
and the privacy mode for when the student sits at the desk.

Importing this package imports app.evidence, which registers the evidence hash
checker with app.verify (the "Check vault" action re-hashes every item).
"""

import app.evidence  # noqa: F401  (registers the evidence checker)
