"""Search text folded the way people type: no accents, no case.

Many citizens type Greek without its accents (a phone keyboard makes the
tonos a second key press) and Arabic without its short-vowel marks, and
neither SQLite's nor PostgreSQL's full-text search folds those by itself.
So every page also indexes a folded copy of its words (`FOLDED_FIELD`), and
the search view folds the query the same way: "διερμηνεια" finds
"Διερμηνεία", and "مُترجم" finds "مترجم". Accented queries still match,
since they are folded too.
"""

import unicodedata

from django.utils.encoding import force_str

from wagtail.search import index


def fold(text):
    """Case-folded, without combining marks (Greek tonos, Latin accents, Arabic harakat).

    `casefold` also turns a final ς into σ, so "ΝΟΜΙΚΟΣ" and "νομικός" fold alike.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return force_str(value)


class FoldedSearchMixin:
    """A page whose searchable text, in every language, is indexed folded too.

    The page lists `FOLDED_FIELD` in its `search_fields`; the folded text is
    built from its other search fields, whatever they are (wagtail-modeltranslation
    adds one per language), so a new field is folded without more code.
    """

    def folded_search_text(self):
        texts = [
            _as_text(field.get_value(self))
            for field in self.get_search_fields()
            if isinstance(field, index.SearchField) and field.field_name != FOLDED_FIELD.field_name
        ]
        return fold(" ".join(text for text in texts if text))


FOLDED_FIELD = index.SearchField("folded_search_text")
