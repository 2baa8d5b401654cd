"""Errors the core raises on purpose. Each carries a one-line Dutch message.

The GUI maps the classes to translated text (ui/errors.py); the CLI prints `message`.
"""

from __future__ import annotations


class PestdossierError(Exception):
    """Base class: an expected problem with a message meant for the user."""

    default_message = "Er ging iets mis."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class VaultError(PestdossierError):
    default_message = "De kluis kan niet worden geopend."


class VaultNotFoundError(VaultError):
    default_message = "Het kluisbestand bestaat niet."


class VaultExistsError(VaultError):
    default_message = "Er staat al een bestand op die plek; kies een andere naam."


class WrongPasswordError(VaultError):
    default_message = "Het wachtwoord is onjuist."


class NotAVaultError(VaultError):
    default_message = "Dit bestand is geen Pestdossier-kluis."


class DamagedVaultError(VaultError):
    default_message = (
        "De kluis is beschadigd. Open een reservekopie of neem contact op met de ICT-beheerder."
    )


class NewerVaultError(VaultError):
    default_message = (
        "Deze kluis is gemaakt met een nieuwere versie van Pestdossier. "
        "Werk Pestdossier bij om haar te openen."
    )


class VaultInUseError(VaultError):
    default_message = "Deze kluis is al geopend in een ander venster of programma."


class WeakEncryptionError(VaultError):
    default_message = (
        "De versleuteling van deze kluis is zwakker dan vereist; Pestdossier opent haar niet."
    )


class VaultClosedError(VaultError):
    default_message = "De kluis is vergrendeld."


class DiskFullError(VaultError):
    default_message = (
        "De schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer opnieuw."
    )


class WeakPasswordError(PestdossierError):
    default_message = "Dit wachtwoord is te zwak."


class NotFoundError(PestdossierError):
    default_message = "Niet gevonden."


class CaseNotFoundError(NotFoundError):
    default_message = "Deze melding bestaat niet (meer)."


class InvalidInputError(PestdossierError):
    default_message = "Ongeldige invoer."
