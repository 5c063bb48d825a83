"""iCalendar feeds of branch hours and van visits (the `icalendar` library).

Each open window becomes ONE recurring VEVENT (one per rule, when the
editor gave several) — DTSTART/DTEND in Europe/Athens with a VTIMEZONE,
an RRULE, EXDATEs for public holidays,
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
independent parser (recurring-ical-events) to prove they agree. The
calendar header, VTIMEZONE and UIDs are the ones every calendar of the
portal shares (`portal.ical`).
"""

import datetime
import functools
import hashlib
import threading

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from icalendar import Event, vDatetime, vInt, vRecur
from recurrence import serialize

from portal import content_memo, ical
from services_catalog import schedules
from services_catalog.calendar_math import add_months
from services_catalog.choices import ExceptionKind
from services_catalog.models import FeedVersion
from services_catalog.schedule_text import describe_window

PRODID = "-//Community Centre portal//Schedules//EL"
TTL = datetime.timedelta(hours=12)


def feed_range(today=None):
    """From the first day of last month to the last day 24 months ahead."""
    today = today or timezone.localdate()
    first = add_months(today.replace(day=1), -1)
    last = add_months(today.replace(day=1), 25) - datetime.timedelta(days=1)
    return first, last


class FeedBuilder:
    """Builds one feed from the occurrences of some branches or stops."""

    def __init__(self, request, *, name, description, today=None):
        self.request = request
        self.name = name
        self.description = description
        self.start, self.end = feed_range(today)
        self.texts = []  # each event's text, in order
        self.last_modified = None

    # -- places ---------------------------------------------------------------

    def add(self, *, branches=None, stops=None):
        """Add the events of these branches and/or stops (querysets or lists of ids).

        Each window's events are kept, as text, under everything they say
        (`_window_memo_key`): only windows whose inputs changed since they
        were last written are expanded and written again, so a feed rebuilt
        after an unrelated change (a new page, another van's visit) costs
        the queries and the look-ups, not the expansion. Versions (SEQUENCE,
        LAST-MODIFIED) are recorded as before and written into the kept text.
        """
        windows = schedules.windows_and_exceptions(
            self.start, self.end, branches=branches, stops=stops
        )
        built, missing = {}, []
        keys = self._memo_keys()
        for window, place, exceptions in windows:
            key = keys.get(window.uid_key)
            if key is None:
                key = keys[window.uid_key] = self._window_memo_key(window, place, exceptions)
            found = _WINDOW_EVENTS.get(key)
            if found is None:
                missing.append((key, window, place))
            else:
                built[window.uid_key] = found
        if missing:
            built.update(self._build_windows(missing))
        present = sorted(
            (entry for entry in built.values() if entry[0] is not None), key=lambda e: e[0]
        )
        extras = _extras(windows)
        signatures = {entry[1]: entry[2] for entry in present}
        signatures.update(
            {
                _extra_key(o): FeedVersion.signature_of(_extra_signature(o.exception, o.place))
                for o in extras
            }
        )
        versions = FeedVersion.record_signatures(signatures)
        for _sort_key, uid_key, _parts, text in present:
            sequence, changed = versions[uid_key]
            self.texts.append(_with_version(text, sequence, changed))
            self.last_modified = max(filter(None, [self.last_modified, changed]))
        for occurrence in extras:
            self._add_extra(occurrence, versions[_extra_key(occurrence)])

    def _memo_keys(self):
        """{window uid key: its memo key} for this language, address and range, kept for
        the content generation (`portal.content_memo`: every window, place and exception
        is content, so a key is exactly as fresh as a cached page); a fresh dict when
        nothing may be kept."""
        if not content_memo.available():
            return {}
        return content_memo.memoised(
            (
                "feeds.window-keys",
                get_language(),
                self.request.build_absolute_uri("/"),
                self.start,
                self.end,
            ),
            dict,
        )

    def _window_memo_key(self, window, place, exceptions):
        """Everything a window's events say: its rules and hours, its place's texts in the
        active language and names in every language, every exception of the place in the
        feed's range, the range itself. Nothing else goes into them."""
        texts = place_texts(place, window, self.request)
        return FeedVersion.signature_of(
            (
                window.uid_key,
                _window_signature(window, exceptions),
                tuple(sorted(texts.items())),
                place.has_coordinates and (float(place.latitude), float(place.longitude)),
                self.start,
                self.end,
            )
        )

    def _build_windows(self, missing):
        """{uid key: (sort key, uid key, version signature, text)} of windows not kept, expanded
        together (their places' occurrences in one call), and kept."""
        places = {"branch": set(), "stop": set()}
        for _key, _window, place in missing:
            places[place.kind].add(place.pk)
        found = schedules.occurrences(
            self.start,
            self.end,
            branches=sorted(places["branch"]) or None,
            stops=sorted(places["stop"]) or None,
            include_cancelled=True,
        )
        by_window, _extras_found = _by_window_and_extras(found)
        exceptions_by_place = {}
        for occurrence in found:
            if occurrence.exception is not None:
                exceptions_by_place.setdefault(occurrence.place, set()).add(occurrence.exception)
        result = {}
        for key, window, place in missing:
            window_occurrences = by_window.get(window)
            entry = (None, window.uid_key, None, b"")  # no occurrence in range: no event
            if window_occurrences:
                first = window_occurrences[0]
                events = []
                self._add_window(window, window_occurrences, _SENTINEL_VERSION, events)
                entry = (
                    (first.start, place.kind, place.pk, window.pk),
                    window.uid_key,
                    FeedVersion.signature_of(
                        _window_signature(window, exceptions_by_place.get(place, ()))
                    ),
                    b"".join(event.to_ical() for event in events),
                )
            _remember(key, entry)
            result[window.uid_key] = entry
        return result

    # -- one window: its rules, then its picked dates --------------------------

    def _add_window(self, window, window_occurrences, version, events):
        """One window as recurring events that expand to exactly its occurrences.

        Each rule of the window becomes one VEVENT with an RRULE (the first
        keeps the window's UID, the next ones add "-r1", "-r2"…), so a
        calendar program stores a schedule, not hundreds of instances. The
        dates the editor picked in the widget ride along as RDATEs on the
        first rule's event, or, when no rule gives a date in range, make an
        event of their own ("-dates").
        """
        active = {o.date for o in window_occurrences if not o.cancelled}
        picked = sorted(
            o.date for o in window_occurrences if o.source == "date" and not o.cancelled
        )
        emitted = set()
        rules = list(window.recurrence.rrules) if window.recurrence else []
        for index, rule in enumerate(rules):
            event = self._rule_event(window, rule, index, active, emitted, version)
            if event is None:
                continue
            if index == 0:
                self._add_picked(event, window, picked, emitted)
            events.append(event)
        remaining = [day for day in picked if day not in emitted]
        if remaining:
            events.append(self._picked_only_event(window, remaining, version))

    def _rule_event(self, window, rule, index, active, emitted, version):
        """The VEVENT of one rule, or None when it gives no date in range.

        The RRULE is the editor's rule, bounded by UNTIL at its last date in
        range. Every date it gives that the portal does not show becomes an
        EXDATE: a public holiday, a cancellation, a date excluded in the
        widget, or a date an earlier rule of the window already gave (two
        overlapping rules must not show a visit twice). `emitted` collects
        the dates shown so far.
        """
        dates = schedules.dates_of_rule(window, rule, self.start, self.end)
        if not dates:
            return None
        key = window.uid_key if index == 0 else f"{window.uid_key}-r{index}"
        event = self._event(key, window, window.place, dates[0], version)
        event.add("rrule", _rrule(rule, _local(dates[-1], window.start_time)))
        for day in dates:
            if day not in active or day in emitted:
                event.add("exdate", _local(day, window.start_time))
        emitted.update(day for day in dates if day in active)
        return event

    def _add_picked(self, event, window, picked, emitted):
        """Picked dates no rule gave, as RDATEs of the first rule's event."""
        for day in picked:
            if day not in emitted:
                event.add("rdate", _local(day, window.start_time))
                emitted.add(day)

    def _picked_only_event(self, window, days, version):
        """Picked dates with no rule in range: one event at the first, RDATEs for the rest."""
        event = self._event(f"{window.uid_key}-dates", window, window.place, days[0], version)
        for day in days[1:]:
            event.add("rdate", _local(day, window.start_time))
        return event

    # -- extra dates ----------------------------------------------------------

    def _add_extra(self, occurrence, version):
        """An extra date: its own VEVENT, at its own hours (or the usual ones), with its reason.

        Not an RDATE of the window, because an RDATE cannot carry other
        hours or a text of its own.
        """
        exception, place, window = occurrence.exception, occurrence.place, occurrence.window
        event = self._event(
            _extra_key(occurrence),
            window,
            place,
            occurrence.date,
            version,
            start=occurrence.start,
            end=occurrence.end,
        )
        if exception.reason:
            event["description"] = f"{exception.reason}\n\n{event['description']}"
        self.texts.append(event.to_ical())
        self.last_modified = max(filter(None, [self.last_modified, version[1]]))

    # -- one event ------------------------------------------------------------

    def _event(self, key, window, place, day, version, *, start=None, end=None):
        """A VEVENT of `place` on `day` at the window's hours (or `start`–`end`)."""
        sequence, changed = version
        event = Event()
        event.add("uid", ical.uid(key))
        event.add("dtstamp", changed.astimezone(datetime.UTC))
        event.add("last-modified", changed.astimezone(datetime.UTC))
        event.add("sequence", sequence)
        event.add("dtstart", start or _local(day, window.start_time))
        event.add("dtend", end or _local(day, window.end_time))
        texts = place_texts(place, window, self.request)
        event.add("summary", texts["summary"])
        event.add("location", texts["location"])
        event.add("description", texts["description"])
        if texts["url"]:
            event.add("url", texts["url"])
        if place.has_coordinates:
            event.add("geo", (float(place.latitude), float(place.longitude)))
        event.add("status", "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        event.add("class", "PUBLIC")
        return event

    # -- output ---------------------------------------------------------------

    def to_ical(self):
        calendar = ical.feed_calendar(
            PRODID, name=self.name, description=self.description, refresh=TTL
        )
        head = calendar.to_ical()
        end = b"END:VCALENDAR\r\n"
        return head[: -len(end)] + b"".join(self.texts) + end

    def etag(self, body):
        return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


# --- What an event says about its place ------------------------------------------------


def place_texts(place, window, request):
    """Summary, location, description and URL of a branch's or a stop's event.

    Everything a feed says about a place is computed here, in the active
    language (the feed URL's), so a change of how a place is named or
    linked touches this one function.
    """
    summary = place.event_summary()
    url = request.build_absolute_uri(place.get_place_url(request))
    location = [place.display_name, place.address]
    if place.postal_code:
        location.append(place.postal_code)
    lines = [describe_window(window)]
    if getattr(place, "directions", ""):
        lines.append(place.directions)
    lines.append(_("All our services are free of charge."))
    if url:
        lines.append(url)
    return {
        "summary": summary,
        "location": ", ".join(location),
        "description": "\n".join(lines),
        "url": url,
    }


# --- What is kept between builds ----------------------------------------------------------

# {everything a window's events say: (sort key, uid key, version signature, text)}, per process.
# Keyed by content, never by time or generation, so nothing can make an entry stale: a
# window, place or exception that changes is another key. Bounded: cleared when full.
_WINDOW_EVENTS = {}
_WINDOW_EVENTS_LIMIT = 20_000
_memo_lock = threading.Lock()

# The version written into a kept text, replaced by the event's own when a feed is sent.
_SENTINEL_VERSION = (987654321, datetime.datetime(1970, 1, 1, 0, 0, 7, tzinfo=datetime.UTC))


@functools.lru_cache(maxsize=1024)
def _version_lines(sequence, changed):
    stamp = vDatetime(changed.astimezone(datetime.UTC)).to_ical()
    return (
        (b"DTSTAMP:", stamp),
        (b"LAST-MODIFIED:", stamp),
        (b"SEQUENCE:", vInt(sequence).to_ical()),
    )


_SENTINEL_LINES = _version_lines(*_SENTINEL_VERSION)


def _with_version(text, sequence, changed):
    """A kept window's text with its version (SEQUENCE, DTSTAMP, LAST-MODIFIED) in it."""
    for (name, old), (_name, new) in zip(
        _SENTINEL_LINES, _version_lines(sequence, changed), strict=True
    ):
        text = text.replace(b"\r\n" + name + old + b"\r\n", b"\r\n" + name + new + b"\r\n")
    return text


def _remember(key, entry):
    with _memo_lock:
        if len(_WINDOW_EVENTS) >= _WINDOW_EVENTS_LIMIT:
            _WINDOW_EVENTS.clear()
        _WINDOW_EVENTS[key] = entry


def forget():
    """Drop what this process kept (tests)."""
    with _memo_lock:
        _WINDOW_EVENTS.clear()


def _extras(windows):
    """The extra dates of the places of `windows` ((window, place, exceptions) in order),
    as occurrences at the hours of each place's first window, sorted as `occurrences()`
    sorts them (a place with no window has nothing to extend)."""
    extras, seen = [], set()
    for window, place, exceptions in windows:
        if (place.kind, place.pk) in seen:
            continue
        seen.add((place.kind, place.pk))
        extras += [
            schedules.expand_extra(exception, place, window)
            for exception in exceptions
            if exception.kind != ExceptionKind.CANCELLED
        ]
    extras.sort(key=lambda o: (o.start, o.place.kind, o.place.pk, o.window.pk))
    return extras


# --- Pieces ---------------------------------------------------------------------------


def _by_window_and_extras(found):
    """The occurrences grouped by window (rule and picked dates), and the extra dates apart."""
    by_window, extras = {}, []
    for occurrence in found:
        if occurrence.source == "extra":
            extras.append(occurrence)
        else:
            by_window.setdefault(occurrence.window, []).append(occurrence)
    return by_window, extras


def _extra_key(occurrence):
    return f"{occurrence.place.kind}-extra-{occurrence.exception.pk}"


def _local(day, time):
    """`day` at `time` in Europe/Athens: DTSTART, EXDATE and RDATE all carry TZID.

    The picked and excluded dates come from `schedules`, already turned from
    the widget's UTC midnights into local days; here they get the window's
    wall-clock time, so they match the RRULE's instances exactly (an EXDATE
    that is off by an hour excludes nothing).
    """
    return datetime.datetime.combine(day, time, tzinfo=schedules.ATHENS)


def _rrule(rule, until):
    """The editor's rule as an RRULE, bounded by UNTIL = the start of its last visit in range.

    COUNT and UNTIL of the editor's rule are dropped: the feed's own bound
    replaces them, so a client never invents a visit the portal does not
    show. UNTIL is in UTC, as RFC 5545 requires with a TZID start.
    """
    text = serialize(rule).split(":", 1)[1]
    parts = [p for p in text.split(";") if not p.startswith(("COUNT=", "UNTIL="))]
    recur = vRecur.from_ical(";".join(parts))
    recur["UNTIL"] = until.astimezone(datetime.UTC)
    return recur


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


def _extra_signature(exception, place):
    texts = [getattr(place, f, "") for f in _translated_names(place)]
    return (
        exception.date.isoformat(),
        str(exception.start_time),
        str(exception.end_time),
        *_reasons(exception),
        texts,
    )


def _translated_names(place):
    languages = [code for code, _name in settings.LANGUAGES]
    return [f"{field}_{lang}" for field in place.translated_fields for lang in languages]


def _reasons(exception):
    return tuple(getattr(exception, f"reason_{code}") or "" for code, _name in settings.LANGUAGES)
