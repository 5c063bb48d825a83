"""Forms of the staff tools: booking on behalf of a citizen, finding a reference.

Booking on behalf reuses the citizen's DetailsForm (the same cleaning and
validation of names, phone numbers and free text), with labels that speak
to the staff member, the free slot chosen from a list and the citizen's
agreement confirmed by the staff member.
"""

import uuid

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from booking.choices import STAFF_CHANNELS
from booking.forms import DETAIL_FIELDS, DetailsForm, clean_text
from booking.permissions import place_scope
from booking.phones import normalise_phone
from booking.references import normalise_reference
from booking.reservations import SlotUnavailable
from booking.slots import places_for
from services_catalog.models import BranchPage, Offering, Stop
from services_catalog.schedules import ATHENS


def bookable_services(user):
    """Live bookable services offered at one of the user's places, by title."""
    offered = place_scope(user).offerings(Offering.objects.live())
    return offered.services().filter(bookable=True)


def bookable_places(service, user):
    """The branches and stops where `service` is offered and the user works."""
    branch_ids, stop_ids = places_for(service)
    scope = place_scope(user)
    branches = BranchPage.objects.filter(pk__in=branch_ids).order_by("title")
    stops = Stop.objects.filter(pk__in=stop_ids).select_related("mobile_unit")
    stops = stops.order_by("mobile_unit__title", "sort_order", "pk")
    return [place for place in [*branches, *stops] if scope.allows(place)]


def grouped_place_choices(places):
    """Places under their group ("Branches", a mobile unit's name), in the order given."""
    groups = {}
    for place in places:
        groups.setdefault(place.group_label, []).append((place.place_id, place.display_name))
    return list(groups.items())


def slot_choices(slots):
    """Free slots as a <select> grouped by day: "10:00–10:30 (2 free)"."""
    days = {}
    for slot in slots:
        start, end = slot.start.astimezone(ATHENS), slot.end.astimezone(ATHENS)
        label = _("%(start)s–%(end)s (%(remaining)s free)") % {
            "start": f"{start:%H:%M}",
            "end": f"{end:%H:%M}",
            "remaining": slot.remaining,
        }
        days.setdefault(date_format(start.date(), "l j E Y"), []).append((slot.key, label))
    return list(days.items())


def slot_day(slot):
    """The Athens date a slot starts on."""
    return slot.start.astimezone(ATHENS).date()


def day_choices(slots):
    """The days with a free time, in order: ("2027-01-11", "Monday 11 January 2027 — free
    times: 12")."""
    counts = {}
    for slot in slots:
        day = slot_day(slot)
        counts[day] = counts.get(day, 0) + 1
    return [
        (
            day.isoformat(),
            _("%(day)s — free times: %(count)s")
            % {"day": date_format(day, "l j E Y"), "count": count},
        )
        for day, count in counts.items()
    ]


class DayStepForm(forms.Form):
    """Booking on behalf: the day first, so that the time list holds one day's times."""

    day = forms.ChoiceField(label=_("Day"))

    def __init__(self, *args, slots=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"].choices = [("", "---------"), *day_choices(slots)]


class ServiceStepForm(forms.Form):
    service = forms.TypedChoiceField(label=_("Service"), coerce=int)

    def __init__(self, *args, services=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = [("", "---------")] + [
            (service.pk, service.title) for service in services
        ]


class PlaceStepForm(forms.Form):
    place = forms.ChoiceField(label=_("Place"))

    def __init__(self, *args, places=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = [("", "---------"), *grouped_place_choices(places)]


class StaffBookingForm(DetailsForm):
    """The time, the citizen's details and their agreement, filled in by staff."""

    channel = forms.ChoiceField(
        label=_("How did the citizen contact us?"),
        choices=[(channel.value, channel.label) for channel in STAFF_CHANNELS],
        widget=forms.RadioSelect,
    )
    slot = forms.ChoiceField(
        label=_("Time"),
        error_messages={"invalid_choice": SlotUnavailable.staff_text},
    )
    consent = forms.BooleanField(
        label=_("The citizen agreed to the privacy notice"),
        help_text=_("Read the notice out on the phone, or show it at the desk, before booking."),
        error_messages={"required": _("We can only book with the citizen's agreement.")},
    )
    submission_id = forms.UUIDField(widget=forms.HiddenInput)
    website = None  # the citizen form's trap for bots has no place here

    field_order = ["channel", "slot", *DETAIL_FIELDS, "consent"]

    STAFF_LABELS = {
        "name": (_("Name"), _("As the citizen would like to be called. Any alphabet.")),
        "phone": (_("Mobile phone"), _("Reminders go by text message. Greek or international.")),
        "email": (_("E-mail (optional)"), _("The confirmation is also sent there.")),
        "language": (_("Language for contact"), ""),
        "interpreter_needed": (_("Needs an interpreter"), ""),
        "interpreter_language": (_("Interpreter for which language?"), ""),
        "accessibility_needs": (_("Accessibility needs"), ""),
        "note": (_("Note"), _("What the citizen would like help with, in a few words.")),
    }

    def __init__(self, *args, slots=(), **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("submission_id", uuid.uuid4())
        kwargs["initial"].setdefault("language", "el")
        super().__init__(*args, **kwargs)
        self.slots = {slot.key: slot for slot in slots}
        self.fields["slot"].choices = [("", "---------"), *slot_choices(slots)]
        for name, (label, help_text) in self.STAFF_LABELS.items():
            self.fields[name].label = label
            self.fields[name].help_text = help_text

    @property
    def is_spam(self):
        return False

    def chosen_slot(self):
        return self.slots.get(self.cleaned_data["slot"])


class ContactLookupForm(forms.Form):
    """The citizen's phone number or e-mail address: how the other doors' records (a
    call-back, a contact message, a referral…) are found (booking.citizen_data)."""

    phone = forms.CharField(
        label=_("Phone number"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off", "dir": "ltr"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "off", "dir": "ltr"}),
    )

    def clean_phone(self):
        value = clean_text(self.cleaned_data["phone"])
        if not value:
            return ""
        phone = normalise_phone(value)
        if phone is None:
            raise forms.ValidationError(
                _(
                    "This does not look like a phone number. Write it like 69 1234 5678 "
                    "or +44 7911 123456."
                )
            )
        return phone

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("phone") and not data.get("email"):
            raise forms.ValidationError(_("Type the citizen's phone number or e-mail address."))
        return data


class ReferenceForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference"),
        max_length=20,
        help_text=_("As the citizen reads it out, for example KX47-MT9A."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "ltr"}),
    )

    def clean_reference(self):
        reference = normalise_reference(self.cleaned_data["reference"])
        if not reference:
            raise forms.ValidationError(
                _("A reference has eight letters and digits, for example KX47-MT9A.")
            )
        return reference
