"""The partner's referral form (admin and API alike) and the centre's "return" form.

The partner names the citizen, how to reach them, the service wanted, the
place (a branch or a van stop that offers it), the reason, and confirms the
citizen's consent. Names, phones and free text are cleaned by the booking
form's rules (booking.forms), so a referral and an appointment hold the
same kind of values.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from booking.forms import NAME_MAX, clean_text, validate_name
from booking.phones import normalise_phone
from booking.slots import places_for
from booking.staff_forms import grouped_place_choices
from services_catalog.models import Offering, ServicePage
from services_catalog.places import PLACE_KINDS, load_place

REASON_MAX = 1000


def referable_services():
    """Live, public services offered at some live place, by title."""
    return Offering.objects.live().services().live().public()


def referable_places():
    """Every live branch and van stop, grouped as the booking flow groups them."""
    branches = PLACE_KINDS["branch"].live().order_by("title")
    stops = PLACE_KINDS["stop"].live().select_related("mobile_unit")
    return [*branches, *stops.order_by("mobile_unit__title", "sort_order", "pk")]


class ReferralForm(forms.Form):
    service = forms.TypedChoiceField(label=_("Service wanted"), coerce=int)
    place = forms.ChoiceField(
        label=_("Where"), help_text=_("A branch or a mobile-unit stop that offers the service.")
    )
    name = forms.CharField(label=_("The citizen's name"), max_length=NAME_MAX)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "dir": "ltr"}),
    )
    email = forms.EmailField(
        label=_("E-mail (optional)"), required=False, widget=forms.EmailInput(attrs={"dir": "ltr"})
    )
    language = forms.ChoiceField(label=_("Language for contact"), choices=[])
    reason = forms.CharField(
        label=_("Reason for the referral"),
        max_length=REASON_MAX,
        help_text=_("What the citizen needs help with. Only what the centre needs to know."),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Please write the reason for the referral.")},
    )
    consent = forms.BooleanField(
        label=_("The citizen agreed to be referred and to the centre's privacy notice"),
        error_messages={"required": _("We can only take a referral with the citizen's consent.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]
        self.fields["service"].choices = [("", "---------")] + [
            (service.pk, service.title) for service in referable_services()
        ]
        self.fields["place"].choices = [
            ("", "---------"),
            *grouped_place_choices(referable_places()),
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

    def clean_reason(self):
        reason = clean_text(self.cleaned_data["reason"], multiline=True)
        if not reason:
            raise ValidationError(_("Please write the reason for the referral."))
        return reason

    def clean(self):
        data = super().clean()
        service_pk, place_id = data.get("service"), data.get("place")
        if service_pk and place_id:
            service = ServicePage.objects.filter(pk=service_pk).first()
            if service is None or places_for(service, [place_id]) == ([], []):
                self.add_error("place", _("This service is not offered at this place."))
            else:
                data["service"] = service
                data["place"] = load_place(place_id)
        return data


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Why we return it"),
        max_length=REASON_MAX,
        help_text=_("The partner sees this. Write no more about the citizen than needed."),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Please write why the referral is returned.")},
    )

    def clean_reason(self):
        reason = clean_text(self.cleaned_data["reason"], multiline=True)
        if not reason:
            raise ValidationError(_("Please write why the referral is returned."))
        return reason
