"""Help inside the app: the manual (Help > Handleiding, F1) and "Wat betekent dit?" links."""
