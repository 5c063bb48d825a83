"""iCalendar feeds of branch hours and van visits (the `icalendar` library).

Each open window becomes ONE recurring VEVENT — DTSTART/DTEND in
Europe/Athens with a VTIMEZONE, an RRULE, EXDATEs for public holidays,
cancellations and dates excluded in the widget, RDATEs for dates picked in
the widget — and each extra date its own VEVENT. Calendar programs
(Google, Outlook, Apple, Thunderbird) then keep the visits at local time
across daylight-saving changes.

The feed covers a month-aligned range (the previous month to 24 months
ahead), so its text only changes when an editor changes something or a
month turns; that keeps ETag-based caching useful. The RRULE is bounded by
UNTIL at the last date in range: a client never invents a visit the portal
does not show. What goes in comes from `schedules.occurrences()`, the same
expansion the pages use, and the tests expand the feeds again with an
independent parser (recurring-ical-events) to prove they agree.
"""

import datetime
import hashlib

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur
from recurrence import serialize

from services_catalog import schedules
from services_catalog.models import FeedVersion
from services_catalog.schedule_text import describe_window
from services_catalog.views.calendar import add_months

PRODID = "-//Community Centre portal//Schedules//EL"
TTL = datetime.timedelta(hours=12)


def feed_range(today=None):
    """From the first day of last month to the last day 24 months ahead."""
    today = today or timezone.localdate()
    first = add_months(today.replace(day=1), -1)
    last = add_months(today.replace(day=1), 25) - datetime.timedelta(days=1)
    return first, last


def athens_vtimezone():
    """VTIMEZONE for Europe/Athens with the EU daylight-saving rules.

    Written as two yearly RRULE observances (EEST from the last Sunday of
    March, EET from the last Sunday of October), the compact form Outlook,
    Google and Apple all read, instead of a list of past transitions.
    """
    tz = Timezone()
    tz.add("tzid", "Europe/Athens")
    tz.add("x-lic-location", "Europe/Athens")
    summer = TimezoneDaylight()
    summer.add("tzname", "EEST")
    summer.add("tzoffsetfrom", datetime.timedelta(hours=2))
    summer.add("tzoffsetto", datetime.timedelta(hours=3))
    summer.add("dtstart", datetime.datetime(1970, 3, 29, 3, 0, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    winter = TimezoneStandard()
    winter.add("tzname", "EET")
    winter.add("tzoffsetfrom", datetime.timedelta(hours=3))
    winter.add("tzoffsetto", datetime.timedelta(hours=2))
    winter.add("dtstart", datetime.datetime(1970, 10, 25, 4, 0, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def uid(key):
    return f"{key}@{settings.ICAL_UID_DOMAIN}"


class FeedBuilder:
    """Builds one feed from the occurrences of some branches or stops."""

    def __init__(self, request, *, name, description, today=None):
        self.request = request
        self.name = name
        self.description = description
        self.start, self.end = feed_range(today)
        self.events = []
        self.last_modified = None

    # -- places ---------------------------------------------------------------

    def add(self, *, branches=None, stops=None):
        found = schedules.occurrences(
            self.start, self.end, branches=branches, stops=stops, include_cancelled=True
        )
        by_window, extras = {}, []
        for occurrence in found:
            if occurrence.source == "extra":
                extras.append(occurrence)
            else:
                by_window.setdefault(occurrence.window, []).append(occurrence)
        exceptions_by_place = {}
        for occurrence in found:
            if occurrence.exception is not None:
                exceptions_by_place.setdefault(occurrence.place, set()).add(occurrence.exception)
        # Versions of every event at once: a bounded number of queries.
        parts = {
            window.uid_key: self._window_signature(
                window, exceptions_by_place.get(window.place, ())
            )
            for window in by_window
        }
        parts.update(
            {self._extra_key(o): self._extra_signature(o.exception, o.place) for o in extras}
        )
        versions = FeedVersion.record_many(parts)
        for window, window_occurrences in by_window.items():
            self._add_window(window, window_occurrences, versions[window.uid_key])
        for occurrence in extras:
            self._add_extra(occurrence, versions[self._extra_key(occurrence)])

    @staticmethod
    def _extra_key(occurrence):
        return f"{occurrence.place.kind}-extra-{occurrence.exception.pk}"

    def _add_window(self, window, window_occurrences, version):
        place = window.place
        active = {o.date for o in window_occurrences if not o.cancelled}
        picked = sorted(
            o.date for o in window_occurrences if o.source == "date" and not o.cancelled
        )
        key = window.uid_key
        sequence, changed = version
        emitted = set()
        rules = list(window.recurrence.rrules) if window.recurrence else []
        for index, rule in enumerate(rules):
            dates = self._rule_dates(window, rule)
            if not dates:
                continue
            event = self._event(
                uid(key if index == 0 else f"{key}-r{index}"),
                window,
                place,
                dates[0],
                sequence,
                changed,
            )
            event.add("rrule", self._rrule(rule, dates[-1], window))
            excluded = [day for day in dates if day not in active or day in emitted]
            for day in excluded:
                event.add("exdate", self._at(day, window.start_time))
            emitted.update(day for day in dates if day in active)
            if index == 0:
                for day in picked:
                    if day not in emitted:
                        event.add("rdate", self._at(day, window.start_time))
                        emitted.add(day)
            self.events.append(event)
        remaining = [day for day in picked if day not in emitted]
        if remaining:
            # Only picked dates (no rule in range): one event with RDATEs.
            event = self._event(uid(f"{key}-dates"), window, place, remaining[0], sequence, changed)
            for day in remaining[1:]:
                event.add("rdate", self._at(day, window.start_time))
            self.events.append(event)

    def _add_extra(self, occurrence, version):
        exception, place, window = occurrence.exception, occurrence.place, occurrence.window
        sequence, changed = version
        event = self._event(
            uid(self._extra_key(occurrence)),
            window,
            place,
            occurrence.date,
            sequence,
            changed,
            start=occurrence.start,
            end=occurrence.end,
        )
        if exception.reason:
            event["description"] = f"{exception.reason}\n\n{event['description']}"
        self.events.append(event)

    # -- pieces ---------------------------------------------------------------

    def _rule_dates(self, window, rule):
        """Dates this one rule gives in the feed's range, within the window's validity."""
        first = max(self.start, window.valid_from) if window.valid_from else self.start
        last = min(self.end, window.valid_until) if window.valid_until else self.end
        if first > last:
            return []
        anchor = datetime.datetime.combine(window.valid_from or self.start, datetime.time())
        return sorted(
            {
                moment.date()
                for moment in schedules._to_rrule(rule, anchor).between(
                    datetime.datetime.combine(first, datetime.time()),
                    datetime.datetime.combine(last, datetime.time.max),
                    inc=True,
                )
            }
        )

    def _rrule(self, rule, last_day, window):
        text = serialize(rule).split(":", 1)[1]
        parts = [p for p in text.split(";") if not p.startswith(("COUNT=", "UNTIL="))]
        recur = vRecur.from_ical(";".join(parts))
        # UNTIL in UTC, as RFC 5545 requires with a TZID start: the last visit's start.
        recur["UNTIL"] = self._at(last_day, window.start_time).astimezone(datetime.UTC)
        return recur

    @staticmethod
    def _at(day, time):
        return datetime.datetime.combine(day, time, tzinfo=schedules.ATHENS)

    def _event(self, event_uid, window, place, day, sequence, changed, *, start=None, end=None):
        event = Event()
        event.add("uid", event_uid)
        event.add("dtstamp", changed.astimezone(datetime.UTC))
        event.add("last-modified", changed.astimezone(datetime.UTC))
        event.add("sequence", sequence)
        event.add("dtstart", start or self._at(day, window.start_time))
        event.add("dtend", end or self._at(day, window.end_time))
        event.add("summary", self._summary(place))
        event.add("location", self._location(place))
        event.add("description", self._description(window, place))
        url = self._url(place)
        if url:
            event.add("url", url)
        if place.has_coordinates:
            event.add("geo", (float(place.latitude), float(place.longitude)))
        event.add("status", "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        event.add("class", "PUBLIC")
        self.last_modified = max(filter(None, [self.last_modified, changed]))
        return event

    @staticmethod
    def _summary(place):
        if place.kind == "stop":
            return _("%(unit)s at %(stop)s") % {"unit": place.mobile_unit.title, "stop": place.name}
        return _("%(branch)s: open for citizens") % {"branch": place.title}

    @staticmethod
    def _location(place):
        parts = [place.display_name, place.address]
        if place.postal_code:
            parts.append(place.postal_code)
        return ", ".join(parts)

    def _description(self, window, place):
        lines = [describe_window(window)]
        if place.kind == "stop" and place.directions:
            lines.append(place.directions)
        lines.append(_("All our services are free of charge."))
        url = self._url(place)
        if url:
            lines.append(url)
        return "\n".join(lines)

    def _url(self, place):
        return self.request.build_absolute_uri(place.get_place_url(self.request))

    @staticmethod
    def _window_signature(window, place_exceptions):
        place = window.place
        texts = [getattr(place, f, "") for f in _translated_names(place)]
        exceptions = sorted(
            (e.date.isoformat(), e.kind, str(e.start_time), str(e.end_time), *_reasons(e))
            for e in place_exceptions
        )
        return (
            serialize(window.recurrence),
            str(window.start_time),
            str(window.end_time),
            str(window.valid_from),
            str(window.valid_until),
            window.open_on_public_holidays,
            texts,
            exceptions,
        )

    @staticmethod
    def _extra_signature(exception, place):
        texts = [getattr(place, f, "") for f in _translated_names(place)]
        return (
            exception.date.isoformat(),
            str(exception.start_time),
            str(exception.end_time),
            *_reasons(exception),
            texts,
        )

    # -- output ---------------------------------------------------------------

    def to_ical(self):
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("name", self.name)
        calendar.add("x-wr-calname", self.name)
        calendar.add("description", self.description)
        calendar.add("x-wr-caldesc", self.description)
        calendar.add("x-wr-timezone", "Europe/Athens")
        calendar.add("refresh-interval", TTL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", "PT12H")
        calendar.add_component(athens_vtimezone())
        for event in self.events:
            calendar.add_component(event)
        return calendar.to_ical()

    def etag(self, body):
        return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _translated_names(place):
    languages = [code for code, _name in settings.LANGUAGES]
    fields = ("name", "address", "directions") if place.kind == "stop" else ("title", "address")
    return [f"{field}_{lang}" for field in fields for lang in languages]


def _reasons(exception):
    return tuple(getattr(exception, f"reason_{code}") or "" for code, _name in settings.LANGUAGES)
