"""The main window and what frames it: workspace, settings, language, crash reports,
about, self-test."""
