"""Everyday words in the site search: "money", "χαρτιά", "پول", "epidoma" find services.

Editors list, per language, the words people really use for a service
(`finder.models.EverydayWords`), misspellings and Greek in Latin letters
included. The site search (`portal.views.search`, through the setting
`PORTAL_SEARCH_SUGGESTIONS`) shows the services those words lead to above
its results.

How a query matches a word, after both are folded like the search index
(`portal.search_text.fold`: no accents, no case, no harakat):
- the word's tokens appear in the query, in order;
- or they do in their *Latin skeleton*: Greek letters spelled in Latin the
  way people type Greek on a Latin keyboard ("επίδομα" → "epidoma",
  "χαρτιά" → "xartia"), and the usual Latin variants brought together
  ("ch" → "x", "th" → "8"…), so "epidoma", "chartia" and "xartia" match;
- or a token of four letters or more is one letter away from the query's
  (two for nine letters or more): "epidomma", "mony".
Words of every language are matched whatever the page's language: a Farsi
speaker on the Greek page who types "پول" is still helped.
"""

from django.conf import settings

from modeltranslation.utils import build_localized_fieldname

from finder.models import EverydayWords
from portal import content_memo
from portal.forms import search_words
from services_catalog.models import ServicePage

GREEK_TO_LATIN = str.maketrans(
    {
        "α": "a",
        "β": "v",
        "γ": "g",
        "δ": "d",
        "ε": "e",
        "ζ": "z",
        "η": "i",
        "θ": "8",
        "ι": "i",
        "κ": "k",
        "λ": "l",
        "μ": "m",
        "ν": "n",
        "ξ": "ks",
        "ο": "o",
        "π": "p",
        "ρ": "r",
        "σ": "s",
        "τ": "t",
        "υ": "i",
        "φ": "f",
        "χ": "x",
        "ψ": "ps",
        "ω": "o",
    }
)
# Latin spellings of one Greek sound, brought to one form (longest first).
LATIN_VARIANTS = (("th", "8"), ("ch", "x"), ("kh", "x"), ("ph", "f"), ("ou", "u"), ("y", "i"))
LATIN_VARIANTS += (("w", "o"), ("b", "v"), ("h", "i"), ("c", "k"), ("q", "k"))


def skeleton(token):
    """The Latin skeleton of a folded token (see the module's docstring)."""
    text = token.translate(GREEK_TO_LATIN).replace("ου", "u")
    text = text.replace("ou", "u")
    for variant, canonical in LATIN_VARIANTS:
        text = text.replace(variant, canonical)
    return text


def _within(a, b, allowed):
    """Whether the edit distance between a and b is at most `allowed` (small strings)."""
    if abs(len(a) - len(b)) > allowed:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > allowed:
            return False
        previous = current
    return previous[-1] <= allowed


def _tokens_close(word, typed):
    if word == typed:
        return True
    shortest = min(len(word), len(typed))
    allowed = 2 if shortest >= 9 else 1 if shortest >= 4 else 0
    return allowed > 0 and _within(word, typed, allowed)


def _phrase_in(phrase, query):
    """Whether the tokens of `phrase` appear, in order and next to each other, in `query`."""
    size = len(phrase)
    return any(
        all(_tokens_close(w, q) for w, q in zip(phrase, query[start : start + size], strict=True))
        for start in range(len(query) - size + 1)
    )


def _entries():
    """[(phrases as token lists, their skeletons, service ids)], kept per content generation."""
    return content_memo.memoised(("finder.everyday-words",), _load_entries)


def _load_entries():
    entries = []
    for words in EverydayWords.objects.prefetch_related("services"):
        phrases = []
        for field_name in _translated_fields():
            for raw in (
                (getattr(words, field_name) or "").replace("\n", ",").replace("،", ",").split(",")
            ):
                tokens = search_words(raw).split()
                if tokens:
                    phrases.append(tokens)
        ids = [service.pk for service in words.services.all()]
        if phrases and ids:
            entries.append((phrases, [[skeleton(t) for t in p] for p in phrases], ids))
    return entries


def _translated_fields():
    return [build_localized_fieldname("words", code) for code, _name in settings.LANGUAGES]


def services_for_query(text):
    """The live, public services that everyday words in `text` lead to, in the index's order."""
    query = search_words(text or "").split()
    if not query:
        return []
    query_skeleton = [skeleton(token) for token in query]
    found = set()
    for phrases, skeletons, ids in _entries():
        if any(_phrase_in(p, query) for p in phrases) or any(
            _phrase_in(s, query_skeleton) for s in skeletons
        ):
            found.update(ids)
    if not found:
        return []
    return list(ServicePage.objects.live().public().filter(pk__in=found).order_by("path"))
