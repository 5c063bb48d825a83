"""Forms of the booking flow and the staff tools: one question per step.

Every error is attached to its field, in the page's language; answers
already given are kept.
"""

import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from booking import interpreter_languages
from booking.phones import normalise_phone, takes_text_messages

NAME_MAX = 100
NOTE_MAX = 500
ACCESSIBILITY_MAX = 300
# Zero-width non-joiner and joiner are part of Persian and Arabic spelling.
ALLOWED_FORMAT_CHARACTERS = {"\u200c", "\u200d"}


def clean_text(value, *, multiline=False):
    """NFC-normalised text without control or direction-override characters.

    Greek, Arabic, Persian and Latin letters with diacritics all pass; line
    breaks (CRLF, CR or LF) become one LF in multi-line text and a space
    elsewhere; what goes is what no name contains and what could hide or reorder text
    (format characters such as U+202E, other than ZWNJ/ZWJ).
    """
    # One line break, whichever system typed it: a browser posts a textarea's
    # breaks as CRLF, and each CR and LF counted alone would double them.
    value = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for ch in value:
        category = unicodedata.category(ch)
        if ch in "\n\t":
            kept.append("\n" if ch == "\n" and multiline else " ")
        elif category.startswith("C") and ch not in ALLOWED_FORMAT_CHARACTERS:
            continue
        else:
            kept.append(ch)
    text = "".join(kept)
    if multiline:
        return "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()
    return " ".join(text.split())


# The citizen's answers that make up an appointment's `details` (booking.reservations.book).
DETAIL_FIELDS = (
    "name",
    "phone",
    "email",
    "language",
    "interpreter_needed",
    "interpreter_language",
    "interpreter_language_other",
    "accessibility_needs",
    "note",
)


def validate_name(value):
    if not any(ch.isalpha() for ch in value):
        raise ValidationError(_("Please write your name with letters."))


class InterpreterLanguageField(forms.ChoiceField):
    """A language of the fixed list (a code); a language's name in Greek, English, Arabic or
    Farsi ("العربية", "Φαρσί") is taken as its code, for older API clients."""

    def __init__(self, **kwargs):
        super().__init__(choices=self.language_choices, **kwargs)

    @staticmethod
    def language_choices():
        return [("", _("Choose a language")), *interpreter_languages.choices()]

    def to_python(self, value):
        value = clean_text(super().to_python(value))
        return interpreter_languages.code_for(value) or value


class DetailsForm(forms.Form):
    """Who is coming, and how to reach them (e-mail optional)."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        help_text=_("The name you want us to call you. Any alphabet is fine."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=30,
        help_text=_("We send a reminder by text message. Greek or international number."),
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}
        ),
    )
    email = forms.EmailField(
        label=_("E-mail (if you have one)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    language = forms.ChoiceField(
        label=_("Which language should we use with you?"),
        choices=[],
        widget=forms.RadioSelect,
    )
    interpreter_needed = forms.TypedChoiceField(
        label=_("Do you need an interpreter?"),
        choices=[("no", _("No")), ("yes", _("Yes"))],
        coerce=lambda value: value == "yes",
        initial="no",
        widget=forms.RadioSelect,
    )
    interpreter_language = InterpreterLanguageField(
        label=_("Interpreter for which language?"),
        required=False,
        help_text=_("Not in the list? Choose “Another language” and write it below."),
    )
    interpreter_language_other = forms.CharField(
        label=_("Which other language?"),
        max_length=interpreter_languages.OTHER_MAX,
        required=False,
    )
    accessibility_needs = forms.CharField(
        label=_("Anything we should prepare for you?"),
        max_length=ACCESSIBILITY_MAX,
        required=False,
        help_text=_("For example: wheelchair, sign language, a quiet room."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    note = forms.CharField(
        label=_("A short note (optional)"),
        max_length=NOTE_MAX,
        required=False,
        help_text=_("What you would like help with, in a few words."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # A field people never see or fill in; bots do.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]

    def clean_name(self):
        name = clean_text(self.cleaned_data["name"])
        validate_name(name)
        return name

    def clean_phone(self):
        phone = normalise_phone(self.cleaned_data["phone"])
        if phone is None:
            raise ValidationError(
                _(
                    "This does not look like a phone number. "
                    "Write it like 69 1234 5678 or +44 7911 123456."
                )
            )
        return phone

    def clean_interpreter_language_other(self):
        return clean_text(self.cleaned_data["interpreter_language_other"])

    def clean_accessibility_needs(self):
        return clean_text(self.cleaned_data["accessibility_needs"], multiline=True)

    def clean_note(self):
        return clean_text(self.cleaned_data["note"], multiline=True)

    def clean(self):
        data = super().clean()
        needed, code = data.get("interpreter_needed"), data.get("interpreter_language")
        if needed and not code and "interpreter_language" not in self.errors:
            self.add_error("interpreter_language", _("Please tell us the language."))
        if needed and code == interpreter_languages.OTHER:
            if not data.get("interpreter_language_other"):
                self.add_error("interpreter_language_other", _("Please tell us the language."))
        else:
            data["interpreter_language_other"] = ""
        if not needed:
            data["interpreter_language"] = ""
        return data

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("website")))

    def details(self):
        """The cleaned answers, as `reservations.book()` takes them."""
        return {field: self.cleaned_data[field] for field in DETAIL_FIELDS}


class ConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that you keep these details "
            "for my appointment."
        ),
        error_messages={"required": _("We can only book the appointment with your agreement.")},
    )


class WaitlistForm(forms.Form):
    """Who to tell when a time is free: a name for staff to call, a phone, maybe an e-mail.

    The same fields and checks as the booking's details (DetailsForm), and the
    agreement on the same page: the list is one short step.
    """

    name = DetailsForm.base_fields["name"]
    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=30,
        help_text=_(
            "We send you a text message when a time is free. Greek or international number."
        ),
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}
        ),
    )
    email = DetailsForm.base_fields["email"]
    language = DetailsForm.base_fields["language"]
    consent = forms.BooleanField(
        label=_(
            "I agree that you keep these details to tell me when a time is free, "
            "until I book or leave the list."
        ),
        error_messages={"required": _("We can only put you on the list with your agreement.")},
    )
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]

    clean_name = DetailsForm.clean_name
    clean_phone = DetailsForm.clean_phone
    is_spam = DetailsForm.is_spam

    def clean(self):
        data = super().clean()
        phone = data.get("phone")
        if phone and not data.get("email") and not takes_text_messages(phone):
            # The offer is a message with a link: it must reach someone.
            self.add_error(
                "phone",
                _(
                    "This is a landline: we cannot send you a text message. "
                    "Give a mobile number, or add an e-mail address."
                ),
            )
        return data

    def details(self):
        return {field: self.cleaned_data[field] for field in ("name", "phone", "email", "language")}
