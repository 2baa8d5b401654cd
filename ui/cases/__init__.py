"""The case list, a case's detail page, its people and timeline, and their dialogs and Qt models."""
