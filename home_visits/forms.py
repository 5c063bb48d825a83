"""The public request form and the staff's decisions.

Every error is attached to its field in the page's language; what was typed
is kept. Text is cleaned like the booking's (`booking.forms.clean_text`).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from booking.forms import InterpreterLanguageField, clean_text, validate_name
from booking.phones import normalise_phone
from booking.reservations import SlotUnavailable
from booking.staff_forms import slot_choices
from home_visits.choices import Reason, RequestedBy, Weekday

PHONE_ERROR = _(
    "This does not look like a phone number. Write it like 69 1234 5678 or +44 7911 123456."
)


def _phone(value, required=True):
    value = clean_text(value)
    if not value and not required:
        return ""
    phone = normalise_phone(value)
    if phone is None:
        raise ValidationError(PHONE_ERROR)
    return phone


class RequestForm(forms.Form):
    """A visit at home: who, why, where, when. Fields in the order people think of them."""

    requested_by = forms.ChoiceField(
        label=_("Who is asking?"),
        choices=RequestedBy.choices,
        initial=RequestedBy.SELF,
        widget=forms.RadioSelect,
    )
    requester_name = forms.CharField(
        label=_("Your name (if you ask for someone else)"), max_length=100, required=False
    )
    requester_phone = forms.CharField(
        label=_("Your phone (if you ask for someone else)"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "dir": "ltr"}),
    )
    organisation = forms.CharField(
        label=_("Your service (partner services only)"), max_length=150, required=False
    )
    name = forms.CharField(
        label=_("Name of the person to visit"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Their mobile phone"),
        max_length=30,
        help_text=_("We send our answer by text message. Greek or international number."),
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
        label=_("Which language should we use with you?"), choices=[], widget=forms.RadioSelect
    )
    interpreter_language = InterpreterLanguageField(
        label=_("Interpreter needed? For which language?"),
        required=False,
        help_text=_("Leave empty if no interpreter is needed."),
    )
    reason = forms.ChoiceField(
        label=_("Why can you not come to us?"), choices=Reason.choices, widget=forms.RadioSelect
    )
    reason_details = forms.CharField(
        label=_("Tell us a little more (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    address = forms.CharField(
        label=_("Home address"),
        max_length=200,
        help_text=_("Street, number, floor, and the name on the doorbell."),
        widget=forms.TextInput(attrs={"autocomplete": "address-line1"}),
    )
    postal_code = forms.CharField(
        label=_("Postal code"),
        max_length=10,
        required=False,
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "inputmode": "numeric", "dir": "ltr"}
        ),
    )
    community = forms.ModelChoiceField(
        label=_("Municipal community"),
        queryset=None,
        empty_label=_("Choose the community"),
        error_messages={"invalid_choice": _("Please choose one of the communities in the list.")},
    )
    best_days = forms.MultipleChoiceField(
        label=_("Which days suit best?"),
        choices=Weekday.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all empty if any weekday suits."),
    )
    best_time = forms.CharField(
        label=_("Which time of day suits best? (optional)"), max_length=100, required=False
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that you keep these details "
            "to arrange the visit."
        ),
        error_messages={"required": _("We can only arrange the visit with your agreement.")},
    )
    # A field people never see or fill in; bots do.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def __init__(self, *args, communities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["community"].queryset = communities
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("website")))

    def clean_name(self):
        name = clean_text(self.cleaned_data["name"])
        validate_name(name)
        return name

    def clean_phone(self):
        return _phone(self.cleaned_data["phone"])

    def clean_requester_phone(self):
        return _phone(self.cleaned_data["requester_phone"], required=False)

    def clean_address(self):
        address = clean_text(self.cleaned_data["address"])
        if not any(ch.isalpha() for ch in address):
            raise ValidationError(_("Please write the street and number."))
        return address

    def clean(self):
        data = super().clean()
        for field in ("requester_name", "organisation", "postal_code", "best_time"):
            data[field] = clean_text(data.get(field, ""))
        data["reason_details"] = clean_text(data.get("reason_details", ""), multiline=True)
        by = data.get("requested_by")
        if by in (RequestedBy.RELATIVE, RequestedBy.PARTNER) and not data.get("requester_name"):
            self.add_error("requester_name", _("Please tell us your name too."))
        if by == RequestedBy.PARTNER and not data.get("organisation"):
            self.add_error("organisation", _("Please tell us the name of your service."))
        if by == RequestedBy.SELF:
            data.update(requester_name="", requester_phone="", organisation="")
        return data

    def request_fields(self):
        """The cleaned answers, as `home_visits.requests.create()` takes them."""
        data = self.cleaned_data
        fields = (
            "requested_by",
            "requester_name",
            "requester_phone",
            "organisation",
            "name",
            "phone",
            "email",
            "language",
            "interpreter_language",
            "reason",
            "reason_details",
            "address",
            "postal_code",
            "community",
            "best_time",
        )
        answers = {field: data[field] for field in fields}
        answers["best_days"] = ",".join(data["best_days"])
        return answers


class StaffRequestForm(RequestForm):
    """The request form as staff fill it in for someone handed over (a referral, whose
    partner recorded the citizen's consent): the same questions and checks, without
    the consent box and the trap for bots."""

    consent = None
    website = None

    @property
    def is_spam(self):
        return False


class CleanTextField(forms.CharField):
    """Text cleaned before it is checked: a reason of spaces and control characters is no
    reason (the "required" message, not "null characters are not allowed")."""

    def to_python(self, value):
        return clean_text(super().to_python(value), multiline=True)


class ScheduleForm(forms.Form):
    """Staff: one of the team's free times."""

    slot = forms.ChoiceField(
        label=_("Visit time"),
        error_messages={
            "required": _("Please choose a time."),
            "invalid_choice": SlotUnavailable.staff_text,
        },
    )

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [("", "---------"), *slot_choices(slots)]


class DeclineForm(forms.Form):
    """Staff: why not. The citizen receives this text, in a text message."""

    decline_reason = CleanTextField(
        label=_("Reason sent to the citizen"),
        max_length=300,
        help_text=_("Write it in the citizen's language: it is sent to them as it is."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Please write the reason for the citizen.")},
    )
