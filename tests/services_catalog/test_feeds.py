"""iCal feeds: one recurring VEVENT per window, equal to the portal's occurrences.

An independent parser (recurring-ical-events, on dateutil) expands every
feed over the next twelve months; the result must be exactly what
`schedules.occurrences()` — and so every page — shows.
"""

import datetime

import icalendar
import pytest
import recurrence
import recurring_ical_events

from services_catalog import schedules
from services_catalog.models import Stop
from tests import builders as b
from tests.clock import SUNDAY

D = datetime.date
pytestmark = pytest.mark.clock(SUNDAY)


@pytest.fixture
def network(db, home, clock):
    """Two units with stops over DST, holidays, cancellations, extras and picked dates."""
    unit1 = b.mobile_unit("Κινητή Μονάδα 1")
    unit2 = b.mobile_unit("Κινητή Μονάδα 2")
    nikaia = b.stop(unit1, "Κέντρο Υγείας Νίκαιας", rule=b.FIRST_AND_THIRD_TUESDAY)
    square = b.stop(
        unit1,
        "Πλατεία Καραϊσκάκη",
        rule="RRULE:FREQ=MONTHLY;BYDAY=+2TH,+4TH",
        start="09:30",
        end="12:30",
    )
    kapi = b.stop(
        unit2,
        "ΚΑΠΗ Καμινίων",
        rule="RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        valid_from=D(2026, 12, 28),
        valid_until=D(2027, 9, 30),
    )
    sunday = b.stop(unit2, "Πλατεία Αγίας Σοφίας", rule="RRULE:FREQ=WEEKLY;BYDAY=SU")
    b.cancel(nikaia, D(2027, 2, 2), reason="Βλάβη οχήματος")
    b.extra(square, D(2027, 2, 6))
    b.extra(sunday, D(2027, 5, 1), start="17:00", end="19:00", reason="Γιορτή της γειτονιάς")
    branch = b.branch(rule=b.WEEKDAYS)
    b.cancel(branch, D(2027, 3, 1), reason="Εκπαίδευση προσωπικού")
    return {"units": (unit1, unit2), "stops": (nikaia, square, kapi, sunday), "branch": branch}


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def expand(calendar, start=None, end=None):
    start = start or SUNDAY.date()
    end = end or start + datetime.timedelta(days=365)
    found = set()
    for event in recurring_ical_events.of(calendar).between(
        start, end + datetime.timedelta(days=1)
    ):
        found.add(
            (event["DTSTART"].dt.isoformat(), event["DTEND"].dt.isoformat(), str(event["SUMMARY"]))
        )
    return found


def portal(summary, *, stops=None, branches=None, start=None, end=None):
    start = start or SUNDAY.date()
    end = end or start + datetime.timedelta(days=365)
    return {
        (o.start.isoformat(), o.end.isoformat(), summary(o))
        for o in schedules.occurrences(start, end, stops=stops, branches=branches)
    }


def stop_summary(o):
    return f"{o.mobile_unit.title} at {o.place.name}"


def test_all_units_feed_expands_to_exactly_the_portal_occurrences(client, network):
    calendar = parse(client.get("/en/ical/mobile-units.ics"))

    expected = portal(stop_summary, stops=Stop.objects.all())

    assert expand(calendar) == expected
    assert len(expected) > 60
    # Both sides of both daylight-saving changes are in there, at 10:00 local.
    offsets = {start[-6:] for start, _end, _s in expected}
    assert offsets == {"+02:00", "+03:00"}


@pytest.mark.parametrize("which", ["unit", "stop", "branch"])
def test_every_kind_of_feed_matches_the_portal(client, network, which):
    unit1, _unit2 = network["units"]
    nikaia = network["stops"][0]
    branch = network["branch"]
    if which == "unit":
        response = client.get(f"/en/ical/mobile-units/{unit1.pk}.ics")
        expected = portal(stop_summary, stops=unit1.stops.all())
    elif which == "stop":
        response = client.get(f"/en/ical/stops/{nikaia.pk}.ics")
        expected = portal(stop_summary, stops=[nikaia.pk])
    else:
        response = client.get(f"/en/ical/branches/{branch.pk}.ics")
        expected = portal(lambda o: f"{o.place.title}: open for citizens", branches=[branch.pk])

    assert response.status_code == 200
    assert expand(parse(response)) == expected
    assert expected


def test_a_schedule_is_one_recurring_event_not_a_list_of_instances(client, network):
    nikaia = network["stops"][0]
    calendar = parse(client.get(f"/en/ical/stops/{nikaia.pk}.ics"))

    events = list(calendar.walk("VEVENT"))

    assert len(events) == 1
    event = events[0]
    assert event["RRULE"]["FREQ"] == ["MONTHLY"]
    assert event["RRULE"]["BYDAY"] == ["1TU", "3TU"]
    assert event["UID"] == f"stop-visit-{nikaia.visits.get().pk}@kentro-koinotitas.example.gr"
    assert event["DTSTART"].params["TZID"] == "Europe/Athens"
    # The cancellation and the public holidays the rule hits are EXDATEs.
    exdates = {d.dt.date() for prop in _as_list(event["EXDATE"]) for d in prop.dts}
    assert D(2027, 2, 2) in exdates
    assert all(d.weekday() == 1 for d in exdates)


def test_picked_dates_are_rdates_and_extra_dates_their_own_events(client, network):
    unit = b.mobile_unit()
    stop = b.stop(unit, rule=None)
    b.StopSchedule.objects.create(
        stop=stop,
        **{
            **b.window_values("RRULE:FREQ=DAILY"),
            "recurrence": recurrence.deserialize(
                "RRULE:FREQ=WEEKLY;BYDAY=WE\nRDATE:20270212T220000Z\nEXDATE:20270209T220000Z"
            ),
        },
    )
    b.extra(stop, D(2027, 2, 20), start="17:00", end="19:00")

    calendar = parse(client.get(f"/en/ical/stops/{stop.pk}.ics"))
    events = list(calendar.walk("VEVENT"))

    recurring = [e for e in events if "RRULE" in e]
    assert len(recurring) == 1
    rdates = {d.dt for prop in _as_list(recurring[0]["RDATE"]) for d in prop.dts}
    assert datetime.datetime(2027, 2, 13, 10, 0, tzinfo=schedules.ATHENS) in rdates
    extras = [e for e in events if "RRULE" not in e]
    assert [e["DTSTART"].dt.isoformat() for e in extras] == ["2027-02-20T17:00:00+02:00"]
    assert expand(calendar) == portal(stop_summary, stops=[stop.pk])


def test_vtimezone_is_the_athens_rules_and_other_parsers_read_it(client, network):
    body = client.get("/el/ical/mobile-units.ics").content.decode()
    calendar = icalendar.Calendar.from_ical(body)

    (timezone,) = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "Europe/Athens"
    tz = timezone.to_tz()
    assert tz.utcoffset(datetime.datetime(2027, 1, 15, 12)) == datetime.timedelta(hours=2)
    assert tz.utcoffset(datetime.datetime(2027, 7, 15, 12)) == datetime.timedelta(hours=3)
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in body
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in body


def test_feed_headers_and_calendar_properties(client, network):
    response = client.get("/el/ical/mobile-units.ics")
    calendar = parse(response)

    assert calendar["METHOD"] == "PUBLISH"
    assert str(calendar["REFRESH-INTERVAL"].dt) == "12:00:00"
    assert calendar["X-PUBLISHED-TTL"] == "PT12H"
    assert calendar["X-WR-TIMEZONE"] == "Europe/Athens"
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]
    assert "inline" in response["Content-Disposition"]
    download = client.get("/el/ical/mobile-units.ics?download=1")
    assert download["Content-Disposition"] == 'attachment; filename="mobile-units.ics"'
    for event in calendar.walk("VEVENT"):
        for prop in (
            "UID",
            "DTSTAMP",
            "SEQUENCE",
            "LAST-MODIFIED",
            "SUMMARY",
            "LOCATION",
            "DESCRIPTION",
        ):
            assert prop in event, prop


def test_conditional_get_answers_304(client, network):
    first = client.get("/el/ical/mobile-units.ics")

    by_etag = client.get("/el/ical/mobile-units.ics", HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get("/el/ical/mobile-units.ics", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_date.status_code == 304
    assert client.get("/el/ical/mobile-units.ics", HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_sequence_and_last_modified_change_only_when_the_schedule_changes(client, network, clock):
    nikaia = network["stops"][0]
    url = f"/en/ical/stops/{nikaia.pk}.ics"
    first = parse(client.get(url)).walk("VEVENT")[0]

    unchanged = parse(client.get(url)).walk("VEVENT")[0]
    assert unchanged["SEQUENCE"] == first["SEQUENCE"] == 0
    assert unchanged["LAST-MODIFIED"].dt == first["LAST-MODIFIED"].dt

    window = nikaia.visits.get()
    window.start_time = datetime.time(11, 0)
    window.save()
    clock.shift(datetime.timedelta(hours=2))
    response = client.get(url)
    changed = parse(response).walk("VEVENT")[0]

    assert changed["SEQUENCE"] == 1
    assert changed["LAST-MODIFIED"].dt > first["LAST-MODIFIED"].dt
    assert changed["UID"] == first["UID"]
    assert changed["DTSTART"].dt.time() == datetime.time(11, 0)


def test_a_new_cancellation_changes_the_etag_and_the_sequence(client, network):
    nikaia = network["stops"][0]
    url = f"/en/ical/stops/{nikaia.pk}.ics"
    before = client.get(url)

    b.cancel(nikaia, D(2027, 3, 2))
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])

    assert after.status_code == 200
    assert parse(after).walk("VEVENT")[0]["SEQUENCE"] == 1


def test_texts_follow_the_language_of_the_url(client, network):
    unit1, _ = network["units"]
    nikaia = network["stops"][0]
    nikaia.name_en = "Nikaia Health Centre"
    nikaia.save()

    greek = parse(client.get(f"/el/ical/stops/{nikaia.pk}.ics")).walk("VEVENT")[0]
    english = parse(client.get(f"/en/ical/stops/{nikaia.pk}.ics")).walk("VEVENT")[0]

    assert str(greek["SUMMARY"]) == "Κινητή Μονάδα 1: Κέντρο Υγείας Νίκαιας"
    assert str(english["SUMMARY"]) == f"{unit1.title_en} at Nikaia Health Centre"
    assert "/el/" in str(greek["URL"]) and "/en/" in str(english["URL"])
    assert english["UID"] == greek["UID"]


def test_unknown_or_unpublished_feeds_are_404(client, network):
    unit1, _ = network["units"]
    assert client.get("/el/ical/stops/999999.ics").status_code == 404
    assert client.get("/el/ical/branches/999999.ics").status_code == 404
    unit1.unpublish()
    assert client.get(f"/el/ical/mobile-units/{unit1.pk}.ics").status_code == 404


def test_pages_announce_and_link_their_feeds(client, network):
    unit1, _ = network["units"]
    nikaia = network["stops"][0]
    branch = network["branch"]
    pages = {
        unit1.url: f"/el/ical/mobile-units/{unit1.pk}.ics",
        branch.url: f"/el/ical/branches/{branch.pk}.ics",
        unit1.stop_url(nikaia): f"/el/ical/stops/{nikaia.pk}.ics",
    }
    for page_url, feed in pages.items():
        html = client.get(page_url).content.decode()
        assert 'type="text/calendar"' in html
        assert f'href="http://testserver{feed}"' in html
        assert f'href="webcal://testserver{feed}"' in html
        assert f'href="{feed}?download=1"' in html


def _as_list(value):
    return value if isinstance(value, list) else [value]
