"""Pestdossier core: vault, domain, protocols, evidence, dossiers and CLI. Imports no Qt."""

from app.version import __version__

__all__ = ["__version__"]
