"""Forms of the site shell."""

from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )

    def clean_q(self):
        # Strip control characters some keyboards and copy-pastes bring in.
        value = self.cleaned_data["q"]
        return "".join(ch for ch in value if ch.isprintable()).strip()
