"""The van calendar: a month table and a list, filters, next visit near you."""

import calendar as pycalendar
import datetime
from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils import timezone

from portal import page_cache
from services_catalog import schedules
from services_catalog.forms import CalendarFilterForm, month_in_supported_window
from services_catalog.models import Offering
from services_catalog.places import PLACE_KINDS
from services_catalog.structured_data import calendar_json_ld
from services_catalog.views.feeds_links import feed_links


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def filtered_stops(*, unit=None, community=None, service=None):
    """Stops of live mobile units, narrowed by unit, community and service."""
    stops = PLACE_KINDS["stop"].live()
    if unit is not None:
        stops = stops.filter(mobile_unit=unit)
    if community is not None:
        stops = stops.filter(community=community)
    if service is not None:
        stops = stops.filter(
            mobile_unit__in=Offering.objects.live().filter(service=service).units()
        )
    return stops


@dataclass(frozen=True)
class Visit:
    """One card of the list view: a van's visit, what the van offers, whether to book."""

    occurrence: schedules.Occurrence
    services: list
    bookable: bool


def services_by_unit():
    """The services each mobile unit offers, by title: {unit id: [service, …]}.

    One query for the whole calendar, however many visits it shows.
    """
    by_unit = {}
    rows = Offering.objects.live().filter(mobile_unit__isnull=False).select_related("service")
    for offering in rows.order_by("service__title", "service_id"):
        by_unit.setdefault(offering.mobile_unit_id, []).append(offering.service)
    return by_unit


def list_days(occurrences, unit_services, now):
    """The list view: [(day, [Visit, …]), …] in order, only days with visits."""
    days = []
    for occurrence in occurrences:
        if not days or days[-1][0] != occurrence.date:
            days.append((occurrence.date, []))
        services = unit_services.get(occurrence.mobile_unit.pk, [])
        # Bookable until the visit ends, if the van offers a bookable service.
        bookable = (
            not occurrence.cancelled
            and occurrence.end > now
            and any(service.bookable for service in services)
        )
        days[-1][1].append(Visit(occurrence, services, bookable))
    return days


def month_weeks(first, occurrences):
    """Weeks (Monday first) of the month, each day with its occurrences; None pads."""
    by_day = {}
    for occurrence in occurrences:
        by_day.setdefault(occurrence.date, []).append(occurrence)
    weeks = []
    for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append(
            [(day, by_day.get(day, [])) if day.month == first.month else (None, []) for day in week]
        )
    return weeks


def calendar_context(page, request):
    form = CalendarFilterForm(request.GET or None)
    valid = form.is_valid() if form.is_bound else True
    data = form.cleaned_data if form.is_bound and valid else {}
    today = timezone.localdate()
    first = data.get("month") or today.replace(day=1)
    last = add_months(first, 1) - datetime.timedelta(days=1)
    stops = filtered_stops(
        unit=data.get("unit"), community=data.get("community"), service=data.get("service")
    )
    month_occurrences = schedules.occurrences(first, last, stops=stops, include_cancelled=True)

    query = request.GET.copy()
    query.pop("month", None)
    base_query = query.urlencode()

    def month_link(day):
        """The link to the month of `day`, or None past the edge of the supported window."""
        if not month_in_supported_window(day):
            return None
        return "?" + "&".join(filter(None, [f"month={day:%Y-%m}", base_query]))

    near = data.get("community")
    near_visits = (
        schedules.next_occurrences(3, stops=filtered_stops(community=near)) if near else []
    )
    unit = data.get("unit")
    feed = (
        feed_links(request, "ical-mobile-unit", page_id=unit.pk)
        if unit is not None
        else feed_links(request, "ical-mobile-units")
    )
    now = timezone.now()
    # "Book" links and the structured data list visits until they end.
    page_cache.expires_when_first_ends(month_occurrences, now)
    upcoming = [o for o in month_occurrences if o.end > now]
    return {
        "filter_form": form,
        "form_valid": valid,
        "month": first,
        "is_current_month": first == today.replace(day=1),
        "weeks": month_weeks(first, month_occurrences),
        "days": list_days(month_occurrences, services_by_unit(), now),
        "occurrence_count": sum(1 for o in month_occurrences if not o.cancelled),
        "view": data.get("view") or "",
        "chosen_service": data.get("service"),
        "previous_month_url": month_link(add_months(first, -1)),
        "next_month_url": month_link(add_months(first, 1)),
        "this_month_url": "?" + base_query if base_query else "?",
        "near_community": near,
        "near_visits": near_visits,
        "today": today,
        "feed": feed,
        "json_ld": calendar_json_ld(upcoming, request, lambda o: stop_url(o, request)),
        "weekday_names": weekday_names(),
        "view_links": _view_links(request),
    }


def _view_links(request):
    """Links to the same month and filters as a list or as a table."""
    links = {}
    for view in ("list", "month"):
        query = request.GET.copy()
        query["view"] = view
        links[view] = "?" + query.urlencode()
    return links


def stop_url(occurrence, request=None):
    return occurrence.place.get_place_url(request)


def weekday_names():
    """Monday to Sunday, full and short, in the active language."""
    from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR

    return [(WEEKDAYS[i], WEEKDAYS_ABBR[i]) for i in range(7)]


def serve_calendar(page, request):
    context = page.get_context(request)
    context.update(calendar_context(page, request))
    return TemplateResponse(
        request,
        page.get_template(request),
        context,
        status=200 if context["form_valid"] else 400,
    )
