"""The call-back form: one screen, six questions, no JavaScript.

The same cleaning as the booking form (`booking.forms`: names in any
alphabet, phone numbers normalised to E.164, no control or direction-override
characters), and the spam guard every public form shares (`portal.spam`).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from booking.forms import NAME_MAX, clean_text, validate_name
from booking.phones import normalise_phone
from callbacks.choices import BestTime
from portal.spam import SpamGuardMixin
from services_catalog.places import load_place, public_kinds

TOPIC_MAX = 300
NOT_A_PHONE = _(
    "This does not look like a phone number. Write it like 69 1234 5678 or +44 7911 123456."
)


def place_choices():
    """Every live place, grouped: branches, then each van's stops ("" for any place)."""
    groups = {}
    for spec in public_kinds().values():
        for place in spec.live().order_by(*_place_order(spec.kind)):
            groups.setdefault(place.group_label, []).append((place.place_id, place.display_name))
    return [("", _("Any place, I don't mind")), *groups.items()]


def _place_order(kind):
    return ("title",) if kind == "branch" else ("mobile_unit__title", "sort_order", "pk")


def language_choices():
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class CallbackForm(SpamGuardMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        help_text=_("The name you want us to call you. Any alphabet is fine."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=30,
        help_text=_("We will call you on this number. Greek or international number."),
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}
        ),
    )
    language = forms.ChoiceField(
        label=_("Which language should we use with you?"),
        choices=language_choices,
        widget=forms.RadioSelect,
    )
    best_time = forms.ChoiceField(
        label=_("When is the best time to call you?"),
        choices=BestTime.choices,
        initial=BestTime.ANY,
        widget=forms.RadioSelect,
    )
    interpreter_needed = forms.TypedChoiceField(
        label=_("Do you need an interpreter?"),
        help_text=_("For a language other than Greek, English, Arabic or Farsi."),
        choices=[("no", _("No")), ("yes", _("Yes"))],
        coerce=lambda value: value == "yes",
        initial="no",
        widget=forms.RadioSelect,
    )
    topic = forms.CharField(
        label=_("What is it about? (optional)"),
        max_length=TOPIC_MAX,
        required=False,
        help_text=_("A few words are enough. You can also tell us on the phone."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    place = forms.ChoiceField(label=_("Which place is closest to you? (optional)"), required=False)
    service = forms.CharField(required=False, max_length=12, widget=forms.HiddenInput)

    field_order = [
        "name",
        "phone",
        "language",
        "best_time",
        "interpreter_needed",
        "topic",
        "place",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = place_choices()

    def clean_name(self):
        name = clean_text(self.cleaned_data["name"])
        validate_name(name)
        return name

    def clean_phone(self):
        phone = normalise_phone(self.cleaned_data["phone"])
        if phone is None:
            raise ValidationError(NOT_A_PHONE)
        return phone

    def clean_topic(self):
        return clean_text(self.cleaned_data["topic"], multiline=True)

    def clean_place(self):
        """The place itself (a branch or a stop), or None for any place."""
        value = self.cleaned_data["place"]
        return load_place(value) if value else None
