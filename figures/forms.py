"""The front desk's record of a walk-in or a phone enquiry: place preselected, service optional."""

from django import forms
from django.utils.translation import gettext_lazy as _

from booking.permissions import visible_places
from booking.staff_forms import grouped_place_choices
from figures.choices import ContactKind
from services_catalog.models import ServicePage
from services_catalog.places import parse_place_id


def staff_places(user):
    """The branches and stops the user works at (booking.permissions), branches first."""
    branches, units = visible_places(user)
    return [*branches, *(stop for unit in units for stop in unit.stops.all())]


class ContactRecordForm(forms.Form):
    place = forms.ChoiceField(
        label=_("Place"),
        error_messages={"invalid_choice": _("Choose one of your places.")},
    )
    service = forms.TypedChoiceField(
        label=_("Service (optional)"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Choose a service from the list, or none.")},
    )
    kind = forms.ChoiceField(
        choices=ContactKind,
        widget=forms.HiddenInput,  # the button pressed says it
        error_messages={
            "required": _("Press “Walk-in” or “Phone enquiry”."),
            "invalid_choice": _("Press “Walk-in” or “Phone enquiry”."),
        },
    )

    def __init__(self, *args, places=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.places = {place.place_id: place for place in places}
        self.fields["place"].choices = grouped_place_choices(places)
        services = ServicePage.objects.live().order_by("title").only("pk", "title")
        self.fields["service"].choices = [("", _("—")), *((s.pk, s.title) for s in services)]

    def clean_place(self):
        value = self.cleaned_data["place"]
        if parse_place_id(value) is None or value not in self.places:
            raise forms.ValidationError(_("Choose one of your places."))
        return self.places[value]
