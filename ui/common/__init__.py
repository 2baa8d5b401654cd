"""Building blocks every screen shares: widgets, style, labels, formatting, errors,
background workers, form and confirm dialogs."""
