"""The contact form: name, phone or e-mail, topic, message, language. No JavaScript.

The booking form's cleaning (`booking.forms.clean_text`, phone numbers in
E.164) and the spam guard every public form shares (`portal.spam`).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from booking.forms import NAME_MAX, clean_text, validate_name
from booking.phones import normalise_phone
from contact.choices import Topic
from portal.spam import SpamGuardMixin

MESSAGE_MAX = 2000
NO_WAY_TO_ANSWER = _("Please give a phone number or an e-mail address, so that we can answer you.")
NOT_A_PHONE = _(
    "This does not look like a phone number. Write it like 69 1234 5678 or +44 7911 123456."
)


def language_choices():
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class ContactForm(SpamGuardMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        help_text=_("Any alphabet is fine."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=30,
        required=False,
        help_text=_("A phone number or an e-mail address, so that we can answer you."),
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}
        ),
    )
    email = forms.EmailField(
        label=_("E-mail (if you have one)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    topic = forms.ChoiceField(label=_("What is it about?"), choices=Topic.choices)
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    language = forms.ChoiceField(
        label=_("Which language should we answer in?"),
        choices=language_choices,
        widget=forms.RadioSelect,
    )

    field_order = ["name", "phone", "email", "topic", "message", "language"]

    def clean_name(self):
        name = clean_text(self.cleaned_data["name"])
        validate_name(name)
        return name

    def clean_phone(self):
        value = self.cleaned_data["phone"]
        if not value.strip():
            return ""
        phone = normalise_phone(value)
        if phone is None:
            raise ValidationError(NOT_A_PHONE)
        return phone

    def clean_message(self):
        message = clean_text(self.cleaned_data["message"], multiline=True)
        if not message:
            raise ValidationError(_("Please write your message."))
        return message

    def clean(self):
        data = super().clean()
        if (
            not data.get("phone")
            and not data.get("email")
            and "phone" not in self.errors
            and "email" not in self.errors
        ):
            self.add_error("phone", NO_WAY_TO_ANSWER)
        return data
