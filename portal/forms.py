"""Forms of the site shell."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.search_text import fold


def search_words(text):
    """The words of a search query, lower-cased, everything else dropped.

    Full-text engines give meaning to quotes, brackets, `*`, `-` and upper-case
    AND/OR/NOT (SQLite's FTS5 even fails on an unbalanced quote). Citizens
    type words, so only letters and digits are kept: Greek, Latin, Arabic and
    Persian alike (the zero-width non-joiner of Persian splits a word here
    exactly as the index's tokenizer splits it). Accents and case are folded
    away as in each page's folded search text (`portal.search_text`).
    """
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return " ".join(cleaned.split())


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )

    def clean_q(self):
        return self.cleaned_data["q"].strip()

    @property
    def words(self):
        return search_words(self.cleaned_data.get("q", "")) if self.is_valid() else ""
