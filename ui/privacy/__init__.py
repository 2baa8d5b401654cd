"""Privacy: access requests (inzage) and the access overview."""
