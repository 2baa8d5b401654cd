"""The pseudonymiser on its own: labels, name forms, free text, identifiers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain import Participant, Person, Role
from app.dossier import document as d
from app.dossier.pseudonyms import AMBIGUOUS, Pseudonymiser, name_forms


def _people(*rows: tuple[str, Role, str]) -> list[Participant]:
    return [Participant(i, 1, Person(i, name, group), role, "")
            for i, (name, role, group) in enumerate(rows, start=1)]


CASE = _people(("Liv Jansen", Role.GEPESTE, "2B"), ("Daan van der Berg", Role.PESTER, "2B"),
               ("Noor Bakker", Role.MEELOPER, "2B"), ("Anouk Jansen", Role.OUDER, ""),
               ("Kees van der Berg", Role.OUDER, ""), ("Peter Smit", Role.MENTOR, ""),
               ("Bram Bakker", Role.BUITENSTAANDER, "2B"))


def test_name_forms_with_particles() -> None:
    assert name_forms("Daan van der Berg") == ["Daan van der Berg", "Daan", "van der Berg",
                                               "Berg"]
    assert name_forms("Sem") == ["Sem"]


def test_labels_children_and_adults() -> None:
    p = Pseudonymiser(CASE)
    labels = {a.name: a.label for a in p.aliases.values()}
    assert labels["Daan van der Berg"] == "Leerling A"
    assert labels["Noor Bakker"] == "Leerling B"
    assert labels["Bram Bakker"] == "Leerling C"
    assert labels["Anouk Jansen"] == "ouder van Liv Jansen"
    assert labels["Kees van der Berg"] == "ouder van Leerling A"
    assert labels["Peter Smit"] == "de mentor"
    assert "Liv Jansen" not in labels


def test_free_text_every_form_case_insensitive_and_possessive() -> None:
    p = Pseudonymiser(CASE)
    text = ("DAAN en daan van der berg; Van der Berg belde. Daans broer, Daan's fiets. "
            "Liv Jansen en mevrouw Jansen. Anouk Jansen belde meneer Smit.")
    out = p.text(text)
    # "Van der Berg" alone could be Daan or his father: neither name is given. A title
    # goes with an adult's name ("meneer Smit" -> "de mentor", not "meneer de mentor").
    assert out == ("Leerling A en Leerling A; [naam weggelaten] belde. Leerling A's broer, "
                   "Leerling A's fiets. Liv Jansen en mevrouw Jansen. ouder van Liv Jansen "
                   "belde de mentor.")


def test_a_surname_shared_by_two_hidden_people_is_removed() -> None:
    p = Pseudonymiser(CASE)
    assert p.text("Bakker zei het") == f"{AMBIGUOUS} zei het"
    assert p.text("Noor Bakker en Bram Bakker") == "Leerling B en Leerling C"


def test_identifiers_with_a_name_are_replaced_whole() -> None:
    p = Pseudonymiser(CASE)
    assert p.identifier("@daan.vdberg_xx") == "[weggelaten: bevat de naam van Leerling A]"
    assert p.identifier("https://tiktok.com/@noor.bakker") == \
        "[weggelaten: bevat de naam van Leerling B]"
    assert p.identifier("https://tiktok.com/@bakkerfan") == "[weggelaten: bevat een naam]"
    assert p.identifier("https://example.org/post/1") == "https://example.org/post/1"


def test_apply_walks_the_whole_document_but_keeps_hashes() -> None:
    p = Pseudonymiser(CASE)
    item = d.EvidenceItem(number="B1", title="Foto van Daan", kind="Schermafbeelding",
                          sha256="ab" * 32, size=1, imported_at=d.datetime(2026, 1, 1),
                          imported_by="M. de Vries", handles=("@daan ('Daan')",),
                          description="Noor lacht")
    chat = d.ChatTranscript("Chat", (d.ChatMessage(None, "Noor Bakker", "hoi Daan"),))
    section = d.Section("Bewijs", (d.EvidenceCatalogue((item,)), chat))
    out = p.apply(section)
    new_item = out.blocks[0].items[0]
    assert new_item.title == "Foto van Leerling A" and new_item.sha256 == "ab" * 32
    assert new_item.description == "Leerling B lacht"
    assert new_item.handles == ("[weggelaten: bevat de naam van Leerling A]",)
    assert out.blocks[1].messages[0].sender == "Leerling B"
    assert out.blocks[1].messages[0].text == "hoi Leerling A"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_no_hidden_full_name_survives_any_surrounding_text(noise: str) -> None:
    p = Pseudonymiser(CASE)
    out = p.text(f"{noise} Daan van der Berg {noise}").casefold()
    assert "daan van der berg" not in out
