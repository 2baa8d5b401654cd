"""Qt item models over the core's records: no SQL, no widgets; testable without a window."""
