"""The encrypted vault: one SQLCipher 4 file."""

from app.vault.vault import VAULT_SUFFIX, Vault

__all__ = ["VAULT_SUFFIX", "Vault"]
