"""Property: random names, handles and sentences made of them. After pseudonymisation no
hidden form remains, and no token that is not a hidden form has changed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Participant, Person, Role
from app.dossier.leak_check import find_leaks
from app.dossier.pseudo_forms import COMMON_WORDS, PARTICLES
from app.dossier.pseudonyms import Pseudonymiser
from app.identities import FormKind, IdentityForm

FILLER = ("en", "zei", "dat", "gisteren", "in", "de", "klas", "appte", "naar", "iedereen",
          "post", "bos", "op", "school", "niet", "leuk", "stuurde", "foto")
RESERVED = set(FILLER) | COMMON_WORDS | PARTICLES | {"meneer", "mevrouw", "juf", "mentor",
                                                     "leerling", "ouder", "van", "account"}

name = st.text(alphabet="abcdefghijklmnopqrstuvwxyzëï", min_size=3, max_size=8).map(
    str.capitalize).filter(lambda n: n.casefold() not in RESERVED)
handle = st.tuples(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6),
                   st.sampled_from("._"),
                   st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=2,
                           max_size=6)).map("".join)


@settings(max_examples=60, deadline=None)
@given(children=st.lists(st.tuples(name, name, handle), min_size=1, max_size=4),
       picks=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.sampled_from(FILLER)),
                      min_size=1, max_size=25))
def test_hidden_forms_go_and_other_tokens_stay(
        children: list[tuple[str, str, str]], picks: list[tuple[int, int, str]]) -> None:
    people = [Participant(1, 1, Person(1, "Zoë Abcdefgh", "1A"), Role.GEPESTE, "")]
    forms: dict[int, list[IdentityForm]] = {}
    for i, (first, last, account) in enumerate(children, start=2):
        people.append(Participant(i, 1, Person(i, f"{first} {last}", "1A"), Role.PESTER, ""))
        forms[i] = [IdentityForm(i, i, FormKind.ACCOUNT, account, "Instagram")]
    p = Pseudonymiser(people, forms)
    by_key = {h.key: h.replacement for h in p.hidden}
    tokens, expected = [], []
    for child, part, filler in picks:
        first, last, account = children[child % len(children)]
        token = (first, last, "@" + account)[part]
        tokens += [filler, token]
        key = token.casefold().lstrip("@")
        expected += [filler, by_key.get(key, by_key.get(token.casefold(), token))]
    out = p.text(" ".join(tokens))
    assert out == " ".join(expected)
    assert find_leaks([out], p.hidden) == []


def test_surnames_that_are_dutch_words_are_replaced_only_as_names() -> None:
    surnames = ("Post", "Bos", "Visser", "Koster", "Smit", "de Groot", "Kok")
    people = [Participant(1, 1, Person(1, "Zoë Abcdefgh", "1A"), Role.GEPESTE, "")]
    people += [Participant(i, 1, Person(i, f"Kind{i} {s}", "1A"), Role.PESTER, "")
               for i, s in enumerate(surnames, start=2)]
    p = Pseudonymiser(people)
    ordinary = ("ik post het op Instagram post; in het bos; de visser en de koster; de smit "
                "smeedt; de groot-ouders zijn groot; de kok kookt")
    assert p.text(ordinary) == ordinary
    named = "Post, Bos, Visser, Koster, Smit, De Groot, Kok en meneer post"
    assert p.text(named) == ("Leerling A, Leerling B, Leerling C, Leerling D, Leerling E, "
                             "Leerling F, Leerling G en meneer Leerling A")
    assert find_leaks([p.text(named), ordinary], p.hidden) == []
