"""The van calendar: every mobile-unit visit, by month or as a list."""

import datetime
from dataclasses import dataclass

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from portal import content_memo, page_cache
from portal.search_text import FOLDED_FIELD, FoldedSearchMixin
from portal.view_restrictions import PortalPageManager, RestrictionsFromMemo
from services_catalog import calendar_extras, calendar_math, schedules
from services_catalog.calendar_cards import CalendarCards
from services_catalog.feed_links import feed_links
from services_catalog.forms import CalendarFilterForm, month_in_supported_window
from services_catalog.places import PLACE_KINDS, public_kinds
from services_catalog.structured_data import calendar_json_ld

from .offerings import Offering


@dataclass(frozen=True)
class Visit:
    """One card of the list view: a van's visit, what the van offers, whether to book."""

    occurrence: schedules.Occurrence
    services: list
    bookable: bool

    is_activity = False  # beside the other entries of a day (`calendar_extras`)

    @classmethod
    def of(cls, occurrence, services, now):
        # Bookable until the visit ends, if the van offers a bookable service.
        bookable = (
            not occurrence.cancelled
            and occurrence.end > now
            and any(service.bookable for service in services)
        )
        return cls(occurrence, services, bookable)


def calendar_stops(*, unit=None, community=None, service=None):
    """The live, public stops the calendar shows, narrowed by unit, community and service."""
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


def extra_places(choice, stops, *, unit=None, community=None, service=None):
    """{kind: places} whose activities the calendar shows: the stops it shows, or with
    "everywhere" every kind of public place, narrowed by the same filters."""
    if choice != "everywhere":
        return {"stop": stops}
    offered = Offering.objects.live().filter(service=service) if service is not None else None
    places = {}
    for kind, spec in public_kinds().items():
        if kind == "stop":
            places[kind] = stops
            continue
        found = spec.live()
        if unit is not None:
            found = spec.of_mobile_unit(found, unit.pk)
        if community is not None:
            found = found.filter(community=community)
        if offered is not None:
            found = spec.offering(found, offered)
        places[kind] = found
    return places


def services_by_unit():
    """{mobile unit id: [service, …]} of the live offerings, once per content generation.

    A region's vans have ~130 offerings, and making their service pages into
    model instances took longer than everything else the calendar asks the
    database. Only read (titles, `bookable`), never changed: shared, not copied.
    """
    return content_memo.memoised(
        ("calendar", "services_by_unit"), lambda: Offering.objects.live().services_by_unit()
    )


def month_occurrences(first, last, stops, *, filtered, today):
    """The visits of a month, cancelled ones too; the unfiltered current and next
    months kept per content generation and language (`portal.content_memo`).

    Expanding a region's 1,400 windows is a quarter of the unfiltered month's
    time, and what it gives changes only with an edit (windows, cancellations,
    extra dates) or with the month: never with the day or the hour. Only the
    unfiltered current and next months are kept (what most visitors open): a
    month of a region is ~1,400 occurrences, so keeping every month and filter
    a crawler asks for would hold tens of megabytes in each worker; filtered
    months are few visits anyway.
    """
    this_month = today.replace(day=1)
    if filtered or first not in (this_month, calendar_math.add_months(this_month, 1)):
        return schedules.occurrences(first, last, stops=stops, include_cancelled=True)
    return content_memo.memoised(  # a cancellation's reason is in the page's language
        ("calendar", "month_occurrences", first, get_language()),
        lambda: schedules.occurrences(first, last, stops=stops, include_cancelled=True),
    )


def booking_start_url():
    """The booking's first step in the active language ("" when booking is not installed)."""
    try:
        return reverse("booking:start")
    except NoReverseMatch:
        return ""


def _query_links(request):
    """Links that keep the filters: (to another month, to the list, to the table)."""
    query = request.GET.copy()
    query.pop("month", None)
    base = query.urlencode()

    def month_link(day):
        """The link to the month of `day`, or None past the edge of the supported window."""
        if not month_in_supported_window(day):
            return None
        return "?" + "&".join(filter(None, [f"month={day:%Y-%m}", base]))

    views = {}
    for view in ("list", "month"):
        query = request.GET.copy()
        query["view"] = view
        views[view] = "?" + query.urlencode()
    return month_link, "?" + base, views


def visit_count(days):
    """The visits of [(day, [Visit or other entry, …]), …] that are not cancelled."""
    return sum(
        1
        for _day, visits in days
        for visit in visits
        if not visit.is_activity and not visit.occurrence.cancelled
    )


def activity_count(days):
    """The activity sessions of [(day, [Visit or other entry, …]), …] not cancelled."""
    return sum(
        1
        for _day, entries in days
        for entry in entries
        if entry.is_activity and not entry.cancelled
    )


@dataclass(frozen=True)
class Upcoming:
    """What the current month says about the visits to come.

    `next_visit`: the first visit not cancelled that has not ended yet (None
    when there is none in the next months). `later_visits`: when nothing is
    left of the month, the first visits of the months after it (none
    otherwise: the list shows the rest of the month).
    """

    next_visit: schedules.Occurrence | None = None
    later_visits: tuple = ()


LATER_VISITS = 3


def upcoming(is_current_month, occurrences, stops, last, now):
    """The `Upcoming` of the month whose occurrences are given (nothing for another month)."""
    if not is_current_month:
        return Upcoming()
    to_come = [o for o in occurrences if not o.cancelled and o.end > now]
    if to_come:
        return Upcoming(next_visit=to_come[0])
    # The rest of the month has no visit: the next ones, from the first of the next month.
    after = datetime.datetime.combine(
        last + datetime.timedelta(days=1), datetime.time(), tzinfo=schedules.ATHENS
    )
    later = [o for o in schedules.next_occurrences(20, stops=stops, now=after) if not o.cancelled]
    return Upcoming(
        next_visit=later[0] if later else None, later_visits=tuple(later[:LATER_VISITS])
    )


class VanCalendarPage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, FOLDED_FIELD, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("mobile-unit calendar")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = CalendarFilterForm(request.GET or None)
        valid = form.is_valid() if form.is_bound else True
        data = form.cleaned_data if form.is_bound and valid else {}
        today, now = timezone.localdate(), timezone.now()
        first, last = calendar_math.month_bounds(data.get("month") or today.replace(day=1))
        filters = {name: data.get(name) for name in ("unit", "community", "service")}
        stops = calendar_stops(**filters)
        show_visits = data.get("visits") != "hidden"
        occurrences = (
            month_occurrences(first, last, stops, filtered=any(filters.values()), today=today)
            if show_visits
            else []
        )
        extras = (
            calendar_extras.entries(
                first,
                last,
                places=extra_places(data["activities"], stops, **filters),
                now=now,
                request=request,
            )
            if data.get("activities")
            else []
        )
        # "Book" links, places left and the structured data list visits until they end.
        page_cache.expires_when_first_ends([*occurrences, *extras], now)
        entries = sorted([*occurrences, *extras], key=lambda entry: entry.start)
        near = data.get("community")
        unit = data.get("unit")
        by_unit = services_by_unit()
        month_link, this_month_url, view_links = _query_links(request)
        weeks = calendar_math.month_weeks(first, entries)
        days = [
            (
                day,
                [
                    o
                    if getattr(o, "is_activity", False)
                    else Visit.of(o, by_unit.get(o.mobile_unit.pk, []), now)
                    for o in found
                ],
            )
            for day, found in calendar_math.days_with(entries)
        ]
        is_current_month = first == today.replace(day=1)
        coming = upcoming(is_current_month and show_visits, occurrences, stops, last, now)
        earlier_days, days = calendar_math.split_at(days, today) if is_current_month else ([], days)
        context.update(
            filter_form=form,
            form_valid=valid,
            month=first,
            is_current_month=is_current_month,
            weeks=weeks,
            month_marks=calendar_math.month_marks(weeks),
            days=days,
            earlier_days=earlier_days,
            occurrence_count=visit_count(days),
            earlier_count=visit_count(earlier_days),
            activity_count=activity_count(days),
            earlier_activity_count=activity_count(earlier_days),
            show_visits=show_visits,
            next_visit=coming.next_visit,
            later_visits=coming.later_visits,
            view=data.get("view") or "",
            chosen_service=data.get("service"),
            previous_month_url=month_link(calendar_math.add_months(first, -1)),
            next_month_url=month_link(calendar_math.add_months(first, 1)),
            this_month_url=this_month_url,
            view_links=view_links,
            near_community=near,
            near_visits=(
                schedules.next_occurrences(3, stops=calendar_stops(community=near)) if near else []
            ),
            today=today,
            feed=(
                feed_links(request, "ical-mobile-unit", page_id=unit.pk)
                if unit is not None
                else feed_links(request, "ical-mobile-units")
            ),
            json_ld=calendar_json_ld(
                [o for o in occurrences if o.end > now],
                request,
                lambda o: o.place.get_place_url(request),
            ),
            weekday_names=calendar_math.weekday_names(),
            calendar_cards=CalendarCards(
                request, booking_url=booking_start_url(), chosen_service=data.get("service")
            ),
        )
        return context

    def serve(self, request, *args, **kwargs):
        """Answer 400 (with the form's translated errors) to a filter that makes no sense."""
        response = super().serve(request, *args, **kwargs)
        if not response.context_data["form_valid"]:
            response.status_code = 400
        return response
