"""Opening, creating and unlocking a vault."""
