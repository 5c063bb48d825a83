"""The sign-up form: one screen, no JavaScript, the booking form's questions and checks.

Who (name in any alphabet), a phone normalised to E.164, an optional
e-mail, the language to use, how many people come (a parent with
children), interpreter and accessibility needs, agreement — the same
fields and cleaning as booking's details (`booking.forms.DetailsForm`) and
the spam guard every public form shares (`portal.spam`).
"""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from activities.seats import PARTY_MAX
from booking import forms as booking_forms
from booking.choices import STAFF_CHANNELS
from booking.forms import DetailsForm
from portal.spam import SpamGuardMixin

# Booking's answers (its one list, in its order) but the note: an activity asks
# for none, and a sign-up has no such field.
DETAIL_FIELDS = tuple(field for field in booking_forms.DETAIL_FIELDS if field != "note")


class SignUpForm(SpamGuardMixin, DetailsForm):
    party_size = forms.TypedChoiceField(
        label=_("How many people are coming, you included?"),
        help_text=_("For example, a mother with two children: 3."),
        choices=[(str(n), str(n)) for n in range(1, PARTY_MAX + 1)],
        coerce=int,
        initial="1",
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that you keep these details "
            "for this activity."
        ),
        error_messages={"required": _("We can only sign you up with your agreement.")},
    )
    session = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
    note = None

    field_order = [
        "name",
        "phone",
        "email",
        "party_size",
        "language",
        "interpreter_needed",
        "interpreter_language",
        "interpreter_language_other",
        "accessibility_needs",
        "consent",
    ]

    def details(self):
        """The cleaned answers, as `activities.seats.sign_up` takes them."""
        return {field: self.cleaned_data[field] for field in DETAIL_FIELDS}


class StaffSignUpForm(DetailsForm):
    """A caller or a walk-in signed up by staff: how they came, their answers, agreement."""

    channel = forms.ChoiceField(
        label=_("How did the citizen contact us?"),
        choices=[(channel.value, channel.label) for channel in STAFF_CHANNELS],
        widget=forms.RadioSelect,
    )
    party_size = SignUpForm.base_fields["party_size"]
    consent = forms.BooleanField(
        label=_("The citizen agreed to the privacy notice"),
        help_text=_("Read the notice out on the phone, or show it at the desk, before booking."),
        error_messages={"required": _("We can only book with the citizen's agreement.")},
    )
    waiting_list = forms.BooleanField(
        label=_("Put them on the waiting list if there are not enough places left"),
        required=False,
    )
    submission_id = forms.UUIDField(widget=forms.HiddenInput)
    website = None
    note = None

    field_order = ["channel", *DETAIL_FIELDS[:3], "party_size", *DETAIL_FIELDS[3:], "consent"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("submission_id", uuid.uuid4())
        kwargs["initial"].setdefault("language", "el")
        super().__init__(*args, **kwargs)

    @property
    def is_spam(self):
        return False

    def details(self):
        return {field: self.cleaned_data[field] for field in DETAIL_FIELDS}


class SessionMessageForm(forms.Form):
    """A short message from staff to everyone signed up for one session (a text message)."""

    TEXT_MAX = 300

    text = forms.CharField(
        label=_("Message to everyone signed up"),
        max_length=TEXT_MAX,
        help_text=_("Sent by text message (and e-mail when given), at most 300 characters."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Write the message to send."),
            "max_length": _("The message is too long: at most 300 characters."),
        },
    )
    # The same form sent twice tells nobody twice (`activities.messages.tell_participants`).
    submission_id = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("submission_id", uuid.uuid4())
        super().__init__(*args, **kwargs)
