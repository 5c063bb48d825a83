"""Public GET forms of the catalogue: filters that work without JavaScript."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from portal import content_memo
from portal.dates import supported_window
from services_catalog.models.offerings import Offering
from services_catalog.models.organisations import Organisation
from services_catalog.models.places import MobileUnitPage, live_units
from services_catalog.models.services import ServicePage
from services_catalog.models.taxonomy import Community, ServiceCategory, TargetGroup


class SlugChoiceField(forms.ModelChoiceField):
    """Chooses by slug (readable, stable addresses) and labels with the translated name."""

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(queryset, **kwargs)

    def label_from_instance(self, obj):
        return obj.name


class FilterForm(forms.Form):
    """A filter form whose choices are read once.

    A template's `{% for %}` over a model choice field first counts it (a
    COUNT query) and then reads it (another); the filters are drawn on every
    catalogue page, so each reads its rows once, when the form is made, and
    keeps them per language and content generation (`portal.content_memo`:
    every queryset here is published content; a region's forty vans made
    the calendar build forty pages on every request). Validation still asks
    the field's queryset.
    """

    def read_choices_once(self):
        language = get_language()
        for name, field in self.fields.items():
            if isinstance(field, forms.ModelChoiceField):
                field.choices = content_memo.memoised(
                    ("filter_choices", type(self).__qualname__, name, language),
                    lambda field=field: list(iter(field.choices)),  # list() alone would COUNT
                )


class ServiceFilterForm(FilterForm):
    category = SlugChoiceField(ServiceCategory.objects.all(), label=_("Kind of help"))
    group = SlugChoiceField(TargetGroup.objects.all(), label=_("For whom"))
    community = SlugChoiceField(Community.objects.all(), label=_("Where you live"))
    municipality = SlugChoiceField(
        Organisation.objects.none(), label=_("Partner municipality served by a van")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Organisation.objects.served_by_live_units()
        self.read_choices_once()
        if len(self.fields["municipality"].choices) <= 1 and not self.data.get("municipality"):
            del self.fields["municipality"]  # no van serves another municipality: no question


MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


class PageChoiceField(forms.ModelChoiceField):
    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(queryset, **kwargs)

    def label_from_instance(self, obj):
        return obj.title


class CalendarFilterForm(FilterForm):
    month = forms.CharField(label=_("Month"), required=False, max_length=7)
    view = forms.ChoiceField(
        label=_("Show as"),
        required=False,
        choices=[("", _("Automatic")), ("list", _("List")), ("month", _("Month table"))],
    )
    unit = PageChoiceField(MobileUnitPage.objects.none(), label=_("Mobile unit"))
    community = SlugChoiceField(Community.objects.all(), label=_("Municipal community"))
    service = PageChoiceField(ServicePage.objects.none(), label=_("Service"))
    # Group activities (courses, workshops) are a filter of their own: at the van
    # stops, or everywhere; the visits can be left out (`calendar_extras`).
    activities = forms.ChoiceField(
        label=_("Activities"),
        required=False,
        choices=[
            ("", _("Not shown")),
            ("stops", _("At the van stops")),
            ("everywhere", _("Everywhere")),
        ],
    )
    visits = forms.ChoiceField(
        label=_("Van visits"),
        required=False,
        choices=[("", _("Shown")), ("hidden", _("Not shown"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = live_units().order_by("path")
        self.fields["service"].queryset = (
            Offering.objects.live().filter(mobile_unit__isnull=False).services()
        )
        self.read_choices_once()

    def clean_month(self):
        value = self.cleaned_data["month"]
        if not value:
            return None
        match = MONTH_RE.match(value)
        if not match:
            raise ValidationError(_("Write the month as year-month, for example 2026-12."))
        year, month = int(match.group(1)), int(match.group(2))
        if not (1 <= month <= 12 and year >= 1):
            raise ValidationError(_("There is no such month in the calendar."))
        first = datetime.date(year, month, 1)
        if not month_in_supported_window(first):
            raise ValidationError(supported_months_message())
        return first


def month_in_supported_window(first):
    """True when some day of the month that starts on `first` is in the supported window."""
    window_first, window_last = supported_window()
    return window_first.replace(day=1) <= first <= window_last


def supported_months_message():
    """ "The calendar shows the months from … to …", in the active language."""
    window_first, window_last = supported_window()
    return gettext("The calendar shows the months from %(first)s to %(last)s.") % {
        "first": date_format(window_first, "YEAR_MONTH_FORMAT"),
        "last": date_format(window_last, "YEAR_MONTH_FORMAT"),
    }
