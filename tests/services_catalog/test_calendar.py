"""The van calendar page: months, filters, next visits near you, feeds, bad input."""

import datetime
import json
import re
from urllib.parse import parse_qs, urlsplit

from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.dates import MONTHS

import pytest

from services_catalog import schedules
from services_catalog.models import Stop
from tests import builders as b
from tests.clock import SUNDAY
from tests.services_catalog.page_reading import between, get

pytestmark = [pytest.mark.django_db, pytest.mark.clock(SUNDAY)]

D = datetime.date


@pytest.fixture(scope="module")
def net(django_db_setup, django_db_blocker):
    """Two vans, three stops in two communities, a cancelled visit: built once."""
    with b.built_once_per_module(django_db_blocker):
        yield b.van_calendar_network()


def visit_cards(html):
    """(day, hours, stop, unit, status) of every card in the list view."""
    listing = between(html, '<div class="calendar-list">', '<table class="month-table">')
    cards = []
    for day, body in re.findall(
        r'<time datetime="([\d-]+)">.*?</h3>(.*?)</section>', listing, re.S
    ):
        for classes, card in re.findall(r'<li class="visit-card([^"]*)">(.*?)</li>', body, re.S):
            hours = re.search(r'<span dir="ltr">([^<]+)</span>', card).group(1)
            status = re.search(r"</span>(.*?)</p>", card, re.S).group(1)
            stop, unit = re.search(
                r'class="visit-card__place"><a href="[^"]+"[^>]*>([^<]+)</a> · ([^<]+)</p>', card
            ).groups()
            status = re.sub(r"<[^>]+>", "", status).strip(" ·")
            assert ("cancelled" in classes) == bool(status)
            cards.append((day, hours, stop, unit.strip(), status))
    return cards


def month_table(html):
    """{day of month: [(time, stop, cancelled?)]} from the month table."""
    table = between(html, '<table class="month-table">', "</table>")
    cells = {}
    for day, body in re.findall(
        r'<span class="month-table__day">(\d+)</span>(.*?)</td>', table, re.S
    ):
        cells[int(day)] = [
            (time, stop, "cancelled" in attrs)
            for attrs, time, stop in re.findall(
                r'<li([^>]*)><span dir="ltr">([^<]+)</span> <a href="[^"]+">([^<]+)</a>', body
            )
        ]
    return cells


def visit_count(html):
    return " ".join(between(html, '<p class="results-count" role="status">', "</p>").split())


def json_ld(html):
    (text,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(text)


def link(html, rel):
    return re.search(rf'<a class="[^"]*" href="([^"]+)" rel="{rel}">', html).group(1)


def query_of(href):
    return parse_qs(urlsplit(href.replace("&amp;", "&")).query)


# --- Months ---------------------------------------------------------------------------


def test_the_current_month_is_shown_by_default(client, net, clock):
    html = get(client, net.url)

    assert '<h2 class="month-nav__title" aria-live="polite">January 2027</h2>' in html
    assert 'name="month" id="id_month" value="2027-01"' in html
    # Today is the 10th: the visits of the 4th and 5th are over, folded first.
    assert visit_count(html) == "6 visits from today to the end of the month"
    earlier = between(html, '<details class="calendar-earlier">', "</details>")
    assert "Earlier this month: 2 visits" in earlier
    assert [
        card[0]
        for card in visit_cards(
            '<div class="calendar-list">' + earlier + '<table class="month-table">'
        )
    ] == [
        "2027-01-04",
        "2027-01-05",
    ]
    assert [card[0] for card in visit_cards(html)] == [
        "2027-01-04",
        "2027-01-05",
        "2027-01-11",
        "2027-01-14",
        "2027-01-18",
        "2027-01-19",
        "2027-01-25",
        "2027-01-28",
    ]
    assert query_of(link(html, "prev")) == {"month": ["2026-12"]}
    assert query_of(link(html, "next")) == {"month": ["2027-02"]}
    # Today (Sunday the 10th) is marked in the table.
    assert re.search(
        r'<td class="today" aria-current="date">\s*<span class="month-table__day">10</span>', html
    )


def test_a_chosen_month_lists_its_visits_with_times_stops_and_units(client, net, clock):
    html = get(client, net.url + "?month=2027-03")

    assert '<h2 class="month-nav__title" aria-live="polite">March 2027</h2>' in html
    assert visit_cards(html) == [
        ("2027-03-01", "11:00–13:00", "Nikaia Day Centre", "Mobile Unit 2", ""),
        ("2027-03-02", "10:00–13:30", "Nikaia Health Centre", "Mobile Unit 1", ""),
        ("2027-03-08", "11:00–13:00", "Nikaia Day Centre", "Mobile Unit 2", ""),
        ("2027-03-11", "09:30–12:30", "Korydallos Square", "Mobile Unit 1", ""),
        # Clean Monday and Independence Day are public holidays.
        (
            "2027-03-15",
            "11:00–13:00",
            "Nikaia Day Centre",
            "Mobile Unit 2",
            "Cancelled: public holiday (Green Monday)",
        ),
        (
            "2027-03-16",
            "10:00–13:30",
            "Nikaia Health Centre",
            "Mobile Unit 1",
            "Cancelled: Βλάβη οχήματος",
        ),
        ("2027-03-22", "11:00–13:00", "Nikaia Day Centre", "Mobile Unit 2", ""),
        (
            "2027-03-25",
            "09:30–12:30",
            "Korydallos Square",
            "Mobile Unit 1",
            "Cancelled: public holiday (Independence Day)",
        ),
        ("2027-03-29", "11:00–13:00", "Nikaia Day Centre", "Mobile Unit 2", ""),
    ]
    assert visit_count(html) == "6 visits this month"
    assert f'href="{b.stop_url(net.health, "en")}"' in html


def test_the_month_table_shows_the_same_visits_on_their_days(client, net, clock):
    cells = month_table(get(client, net.url + "?month=2027-03"))

    assert sorted(cells) == list(range(1, 32))
    assert cells[2] == [("10:00", "Nikaia Health Centre", False)]
    assert cells[11] == [("09:30", "Korydallos Square", False)]
    assert cells[16] == [("10:00", "Nikaia Health Centre", True)]
    assert cells[3] == []
    busy = {day for day, visits in cells.items() if visits}
    assert busy == {1, 2, 8, 11, 15, 16, 22, 25, 29}


@pytest.mark.parametrize(("month", "padding"), [("2027-03", 0), ("2027-01", 4), ("2027-08", 6)])
def test_the_month_table_starts_on_monday(client, net, clock, month, padding):
    html = get(client, f"{net.url}?month={month}")

    # 1 March 2027 is a Monday, 1 January a Friday, 1 August a Sunday.
    table = between(html, '<table class="month-table">', "</table>")
    first_week = between(table, "<tbody>", "</tr>")
    assert first_week.count('<td class="empty">') == padding
    assert first_week.count("<td") == 7
    assert '<span class="month-table__day">1</span>' in first_week
    assert re.findall(r'<abbr title="(\w+)">', table)[0] == "Monday"


def test_previous_and_next_month_keep_the_other_filters(client, net, clock):
    html = get(client, f"{net.url}?unit={net.unit1.pk}&community=cal-nikaia&month=2027-03")

    assert query_of(link(html, "prev")) == {
        "month": ["2027-02"],
        "unit": [str(net.unit1.pk)],
        "community": ["cal-nikaia"],
    }
    assert query_of(link(html, "next")) == {
        "month": ["2027-04"],
        "unit": [str(net.unit1.pk)],
        "community": ["cal-nikaia"],
    }


def test_december_leads_to_january_of_the_next_year(client, net, clock):
    html = get(client, net.url + "?month=2027-12")

    assert query_of(link(html, "prev")) == {"month": ["2027-11"]}
    assert query_of(link(html, "next")) == {"month": ["2028-01"]}


# --- Filters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "stops", "count"),
    [
        ("unit={unit1}", {"Nikaia Health Centre", "Korydallos Square"}, "2 visits this month"),
        ("unit={unit2}", {"Nikaia Day Centre"}, "4 visits this month"),
        ("community=cal-korydallos", {"Korydallos Square"}, "1 visit this month"),
        (
            "community=cal-nikaia",
            {"Nikaia Health Centre", "Nikaia Day Centre"},
            "5 visits this month",
        ),
        ("service={legal}", {"Nikaia Day Centre"}, "4 visits this month"),
        ("service={psych}&community=cal-nikaia", {"Nikaia Health Centre"}, "1 visit this month"),
    ],
)
def test_filters_narrow_the_visits_and_the_count(client, net, clock, query, stops, count):
    query = query.format(
        unit1=net.unit1.pk, unit2=net.unit2.pk, legal=net.legal.pk, psych=net.psych.pk
    )

    html = get(client, f"{net.url}?month=2027-03&{query}")

    cards = visit_cards(html)
    assert {card[2] for card in cards} == stops
    assert visit_count(html) == count
    table_stops = {stop for visits in month_table(html).values() for _t, stop, _c in visits}
    assert table_stops == stops
    # The chosen values stay selected in the form.
    for name, value in parse_qs(query).items():
        assert re.search(rf'<option value="{value[0]}" selected>', html), name


def test_a_filter_with_no_visit_says_so(client, net, clock):
    empty = b.community("cal-empty", "Πειραιάς")

    html = get(client, f"{net.url}?month=2027-03&community={empty.slug}")

    assert visit_cards(html) == []
    assert visit_count(html) == "0 visits this month"
    assert "No visits this month with these choices." in html


# --- Next visits near you --------------------------------------------------------------


def near_visits(html):
    section = between(html, '<section class="near"', "</section>")
    heading = re.search(r'<h2 id="near-heading">([^<]+)</h2>', section).group(1)
    visits = re.findall(
        r'<time datetime="([^"]+)">.*?<br><a href="([^"]+)">([^<]+)</a> · ([^<\n]+)', section, re.S
    )
    return heading, [(start, stop, unit.strip()) for start, _href, stop, unit in visits]


def test_next_visits_near_you_lists_the_next_visits_in_that_community_only(client, net, clock):
    korydallos = near_visits(get(client, f"{net.url}?community=cal-korydallos&month=2027-03"))
    nikaia = near_visits(get(client, f"{net.url}?community=cal-nikaia"))

    assert korydallos == (
        "Next visits in Korydallos",
        [
            ("2027-01-14T09:30:00+02:00", "Korydallos Square", "Mobile Unit 1"),
            ("2027-01-28T09:30:00+02:00", "Korydallos Square", "Mobile Unit 1"),
            ("2027-02-11T09:30:00+02:00", "Korydallos Square", "Mobile Unit 1"),
        ],
    )
    assert nikaia == (
        "Next visits in Nikaia",
        [
            ("2027-01-11T11:00:00+02:00", "Nikaia Day Centre", "Mobile Unit 2"),
            ("2027-01-18T11:00:00+02:00", "Nikaia Day Centre", "Mobile Unit 2"),
            ("2027-01-19T10:00:00+02:00", "Nikaia Health Centre", "Mobile Unit 1"),
        ],
    )


def test_next_visits_near_you_links_to_the_stop_pages(client, net, clock):
    html = get(client, f"{net.url}?community=cal-korydallos")

    section = between(html, '<section class="near"', "</section>")
    assert f'<a href="{b.stop_url(net.square, "en")}">Korydallos Square</a>' in section


def test_no_near_visits_section_without_a_community(client, net, clock):
    html = get(client, f"{net.url}?unit={net.unit1.pk}")

    assert '<section class="near"' not in html


# --- Views, feeds, structured data ----------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "body_class"),
    [
        ("", "calendar-page"),
        ("?view=list", "calendar-page calendar-page--list"),
        ("?view=month&month=2027-03", "calendar-page calendar-page--month"),
    ],
)
def test_view_switches_the_body_class(client, net, clock, query, body_class):
    html = get(client, net.url + query)

    assert f'<body class="{body_class}">' in html


def test_view_links_keep_the_month_and_filters(client, net, clock):
    html = get(client, f"{net.url}?month=2027-03&unit={net.unit2.pk}&view=list")

    switch = between(html, '<p class="view-switch no-print">', "</p>")
    hrefs = re.findall(r'<a href="([^"]+)"', switch)
    assert [query_of(href) for href in hrefs] == [
        {"month": ["2027-03"], "unit": [str(net.unit2.pk)], "view": [view]}
        for view in ("list", "month")
    ]
    assert 'aria-current="true">Show as a list</a>' in switch
    assert '<input type="hidden" name="view" value="list">' in html


def test_the_page_announces_the_feed_of_all_units(client, net, clock):
    html = get(client, net.url)

    assert (
        '<link rel="alternate" type="text/calendar" title="Mobile-unit visits" '
        'href="http://testserver/en/ical/mobile-units.ics">'
    ) in html
    assert 'href="webcal://testserver/en/ical/mobile-units.ics"' in html
    assert 'href="/en/ical/mobile-units.ics?download=1"' in html


def test_the_page_announces_the_chosen_units_feed(client, net, clock):
    html = get(client, f"{net.url}?unit={net.unit2.pk}")

    feed = f"/en/ical/mobile-units/{net.unit2.pk}.ics"
    assert re.search(
        rf'<link rel="alternate" type="text/calendar" [^>]*href="http://testserver{feed}">', html
    )
    assert f'href="webcal://testserver{feed}"' in html
    assert "mobile-units.ics" not in html


def test_upcoming_visits_are_schema_org_events(client, net, clock):
    data = json_ld(get(client, net.url))

    assert data["@context"] == "https://schema.org"
    events = data["@graph"]
    expected = [
        o
        for o in schedules.occurrences(D(2027, 1, 1), D(2027, 1, 31), stops=Stop.objects.all())
        if o.end > SUNDAY
    ]
    assert [e["startDate"] for e in events] == [o.start.isoformat() for o in expected]
    assert len(events) == 6  # the visits of 4 and 5 January are over
    first = events[0]
    assert first["@type"] == "Event"
    assert first["name"] == "Mobile Unit 2 at Nikaia Day Centre"
    assert first["endDate"] == "2027-01-11T13:00:00+02:00"
    assert first["eventStatus"] == "https://schema.org/EventScheduled"
    assert first["location"]["@type"] == "Place"
    assert first["location"]["url"] == f"http://testserver{b.stop_url(net.kapi, 'en')}"
    assert first["organizer"]["@type"] == "GovernmentOrganization"


def test_cancelled_visits_are_not_announced_as_events(client, net, clock):
    data = json_ld(get(client, net.url + "?month=2027-03"))

    starts = [e["startDate"] for e in data["@graph"]]
    assert "2027-03-16T10:00:00+02:00" not in starts
    assert "2027-03-02T10:00:00+02:00" in starts
    assert len(starts) == 6


def test_a_past_month_has_no_events(client, net, clock):
    html = get(client, net.url + "?month=2026-12")

    assert "application/ld+json" not in html


# --- Bad input ------------------------------------------------------------------------


INVALID_CHOICE = forms.ModelChoiceField.default_error_messages["invalid_choice"]
# The clock says 11 January 2027: a year back, two years ahead (portal/dates.py).
OUTSIDE_THE_WINDOW = "The calendar shows the months from January 2026 to January 2029."


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("month=2027-13", "month", "There is no such month in the calendar."),
        ("month=abc", "month", "Write the month as year-month, for example 2026-12."),
        ("month=0000-01", "month", "There is no such month in the calendar."),
        ("month=1999-01", "month", OUTSIDE_THE_WINDOW),
        ("month=2025-12", "month", OUTSIDE_THE_WINDOW),
        ("month=2029-02", "month", OUTSIDE_THE_WINDOW),
        ("month=9999-12", "month", OUTSIDE_THE_WINDOW),
        ("unit=999999", "unit", INVALID_CHOICE),
        ("community=nope", "community", INVALID_CHOICE),
        ("service=abc", "service", INVALID_CHOICE),
        ("view=grid", "view", None),
    ],
)
def test_bad_input_is_400_with_the_error_next_to_the_field(
    client, net, clock, query, field, message
):
    html = get(client, f"{net.url}?{query}", status=400)

    error = re.search(rf'<p class="field-error" id="id_{field}-error">([^<]+)</p>', html)
    if field == "view":  # the view has no visible field; the page still says something is wrong
        assert error is None
    else:
        with translation.override("en"):
            assert error.group(1) == str(message)
        assert re.search(rf'aria-describedby="(id_{field}-hint )?id_{field}-error"', html)
    assert '<p class="field-error" role="alert">' in html
    # The page still works: this month, every visit (those that are over folded).
    assert "<h1>Calendar</h1>" in html
    assert visit_count(html) == "6 visits from today to the end of the month"
    assert "Earlier this month: 2 visits" in html


def test_errors_are_in_the_language_of_the_page(client, net, clock):
    html = get(client, f"{b.url(net.page, 'el')}?unit=999999", status=400)

    with translation.override("el"):
        greek = str(INVALID_CHOICE)
    with translation.override("en"):
        assert greek != str(INVALID_CHOICE)
    assert f'<p class="field-error" id="id_unit-error">{greek}</p>' in html


# --- Language switcher ---------------------------------------------------------------------


def switcher_links(html):
    nav = between(html, '<nav class="language-switcher"', "</nav>")
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)}


def test_the_language_switcher_keeps_the_month_and_filters(client, net, clock):
    html = get(client, f"{net.url}?month=2027-03&unit={net.unit1.pk}")

    links = switcher_links(html)
    for lang in ("el", "ar", "fa"):
        href = links[lang].replace("&amp;", "&")
        assert href == f"{b.url(net.page, lang)}?month=2027-03&unit={net.unit1.pk}"
    assert "?month=2027-03" in links["ar"]
    assert f'hreflang="ar" href="http://testserver{b.url(net.page, "ar")}?month=2027-03' in html


def test_the_arabic_calendar_is_right_to_left_with_arabic_month_names(client, net, clock):
    html = get(client, f"{b.url(net.page, 'ar')}?month=2027-03")

    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        march = str(MONTHS[3])
    assert f'<h2 class="month-nav__title" aria-live="polite">{march} 2027</h2>' in html


# --- Query count ------------------------------------------------------------------------------


def test_queries_do_not_grow_with_the_number_of_stops(client, net, clock):
    unit = b.mobile_unit()
    url = f"{net.url}?month=2027-03"

    def measure():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            html = get(client, url)
        return len(queries), len(visit_cards(html))

    for _ in range(3):
        b.stop(unit)
    few, few_cards = measure()
    for _ in range(12):
        b.stop(unit)
    many, many_cards = measure()

    assert many == few
    assert many_cards - few_cards == 12 * 2  # two visits each in March
    assert few <= 25, few  # routing, site chrome, the form's choices, four for the visits


# --- What each visit offers ---------------------------------------------------------------


def card_offers(html):
    """{(day, stop): ([service, …], booking link or None)} from the list view."""
    listing = between(html, '<div class="calendar-list">', '<table class="month-table">')
    offers = {}
    for day, body in re.findall(
        r'<time datetime="([\d-]+)">.*?</h3>(.*?)</section>', listing, re.S
    ):
        for card in body.split('<li class="visit-card')[1:]:  # cards hold lists of their own
            stop = re.search(r'class="visit-card__place"><a [^>]+>([^<]+)</a>', card).group(1)
            services = re.findall(r'<li class="tag"[^>]*>([^<]+)</li>', card)
            link = re.search(r'<a class="button" href="([^"]+)">Book an appointment</a>', card)
            offers[(day, stop)] = (
                services,
                link.group(1).replace("&amp;", "&") if link else None,
            )
    return offers


def test_each_visit_names_the_vans_services_and_only_coming_visits_offer_booking(
    client, net, clock
):
    offers = card_offers(get(client, f"{net.url}?month=2027-01"))

    # Tuesday 5 January has passed on Sunday the 10th; Tuesday the 19th is to come.
    past_services, past_link = offers[("2027-01-05", "Nikaia Health Centre")]
    coming_services, coming_link = offers[("2027-01-19", "Nikaia Health Centre")]
    assert past_services == coming_services == ["Psychology"]
    assert past_link is None
    assert parse_qs(urlsplit(coming_link).query) == {"place": [net.health.place_id]}
    kapi_services, _link = offers[("2027-01-11", "Nikaia Day Centre")]
    assert kapi_services == ["Legal advice"]


def test_a_visit_found_by_service_books_that_service(client, net, clock):
    offers = card_offers(get(client, f"{net.url}?month=2027-01&service={net.psych.pk}"))

    _services, link = offers[("2027-01-19", "Nikaia Health Centre")]
    assert parse_qs(urlsplit(link).query) == {
        "place": [net.health.place_id],
        "service": [str(net.psych.pk)],
    }
    assert ("2027-01-11", "Nikaia Day Centre") not in offers  # the other van offers it not


@pytest.mark.parametrize(
    ("month", "missing"), [("2026-01", "prev"), ("2029-01", "next"), ("2027-01", None)]
)
def test_the_months_at_the_edges_of_the_window_link_no_further(client, net, clock, month, missing):
    html = get(client, f"{net.url}?month={month}")

    rels = set(re.findall(r'<a class="button month-nav__\w+" href="[^"]+" rel="(\w+)"', html))
    assert rels == {"prev", "next"} - {missing}


# --- Right-to-left pages ---------------------------------------------------------------------

ISOLATED = r'<bdi dir="ltr"[^>]*>([^<]*)</bdi>'


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_the_month_example_keeps_its_order_in_right_to_left_pages(client, net, clock, lang):
    """«2026-12» sits in a left-to-right isolate (`<bdi dir="ltr">`), not shown as «12-2026»."""
    html = get(client, f"{b.url(net.page, lang)}?month=abc", status=400)

    error = re.search(r'<p class="field-error" id="id_month-error">(.*?)</p>', html).group(1)
    assert re.findall(ISOLATED, error) == ["2026-12"]
    outside = re.sub(ISOLATED, "", error)
    assert not re.search(r"[0-9A-Za-z\u2066-\u2069]", outside)
    assert f'<html lang="{lang}" dir="rtl"' in html


def test_arabic_months_have_the_levantine_name_with_the_egyptian_one(client, net, clock):
    html = get(client, f"{b.url(net.page, 'ar')}?month=2027-03")

    heading = re.search(r'<h2 class="month-nav__title"[^>]*>([^<]+)</h2>', html).group(1)
    assert heading == "آذار (مارس) 2027"
    # The days of the list use the same names (the "E" format after a day number).
    assert '<time datetime="2027-03-16">الثلاثاء 16 آذار (مارس)</time>' in html


# --- What is still to come ----------------------------------------------------------------

ATHENS = schedules.ATHENS


def next_visit_box(html):
    """The 'Next visit' box under the title, as text."""
    box = between(html, '<section class="next-visit"', "</section>")
    return " ".join(re.sub(r"<[^>]+>", " ", box.split(">", 1)[1]).split()).replace(" ,", ",")


def test_on_the_last_day_of_a_month_the_next_visits_come_first(client, net, clock):
    # Sunday 31 January 2027: every visit of January is over.
    clock.move_to(datetime.datetime(2027, 1, 31, 10, 0, tzinfo=ATHENS))

    html = get(client, net.url)

    assert '<h2 class="month-nav__title" aria-live="polite">January 2027</h2>' in html
    assert visit_count(html) == "0 visits from today to the end of the month"
    # January's eight visits are there, but folded, and nothing else in the list.
    earlier = between(html, '<details class="calendar-earlier">', "</details>")
    assert "Earlier this month: 8 visits" in earlier
    assert '<details class="calendar-earlier" open' not in html
    listing = between(html, '<div id="visits-from-today">', '<table class="month-table">')
    assert "<time" not in listing
    assert "No visits this month with these choices." not in html
    # The next visits (February's first) are named, with a link to February.
    later = between(html, '<section class="later-visits"', "</section>")
    assert "No more visits this month. The next visits:" in later
    assert re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)', later) == [
        "2027-02-01",
        "2027-02-02",
        "2027-02-08",
    ]
    assert "Nikaia Day Centre" in later and "Nikaia Health Centre" in later
    assert query_of(
        re.search(r'<a href="([^"]+)">All the visits of next month', later).group(1)
    ) == {"month": ["2027-02"]}
    # The box under the title points at the first of them, before the filters.
    assert html.index('class="next-visit"') < html.index('<form class="filters')
    assert next_visit_box(html) == (
        "Next visit Monday 1 February, 11:00–13:00 Nikaia Day Centre · Mobile Unit 2 "
        "All the visits to come"
    )
    assert 'href="#later-visits"' in between(html, '<section class="next-visit"', "</section>")


def test_mid_month_the_list_starts_today_and_the_box_shows_the_next_visit(client, net, clock):
    # Monday 11 January 2027, 09:00: the Day Centre's visit at 11:00 is today.
    clock.move_to(datetime.datetime(2027, 1, 11, 9, 0, tzinfo=ATHENS))
    html = get(client, net.url)

    assert visit_count(html) == "6 visits from today to the end of the month"
    assert "Earlier this month: 2 visits" in html
    listing = between(html, '<div id="visits-from-today">', '<table class="month-table">')
    assert re.findall(r'<time datetime="([\d-]+)">', listing) == [
        "2027-01-11",
        "2027-01-14",
        "2027-01-18",
        "2027-01-19",
        "2027-01-25",
        "2027-01-28",
    ]
    assert '<section class="later-visits"' not in html
    box = next_visit_box(html)
    assert box.startswith("Next visit Monday 11 January today, 11:00–13:00 Nikaia Day Centre")

    # At 14:00 today's visit is over: the box moves on to Thursday's.
    clock.move_to(datetime.datetime(2027, 1, 11, 14, 0, tzinfo=ATHENS))
    box = next_visit_box(get(client, net.url))
    assert box.startswith("Next visit Thursday 14 January, 09:30–12:30 Korydallos Square")


def test_another_month_is_not_folded_and_has_no_next_visit_box(client, net, clock):
    html = get(client, net.url + "?month=2026-12")

    assert re.fullmatch(r"\d+ visits this month", visit_count(html))
    assert "calendar-earlier" not in html
    assert 'class="next-visit"' not in html
    assert '<section class="later-visits"' not in html


def test_the_month_input_has_a_visible_format_hint_and_no_placeholder(client, net, clock):
    html = get(client, net.url + "?month=2027-03")

    field = re.search(r'<input type="month"[^>]*>', html).group(0)
    assert "placeholder" not in field
    assert 'aria-describedby="id_month-hint"' in field
    assert '<p class="hint" id="id_month-hint">Year and month, for example 2027-03</p>' in html


def test_the_month_grid_marks_the_days_with_visits_as_links_to_the_list(client, net, clock):
    html = get(client, net.url + "?month=2027-03&view=month")

    grid = between(html, '<table class="month-grid">', "</table>")
    headers = re.findall(r'<th scope="col"><span aria-hidden="true">([^<]+)</span>', grid)
    assert headers == ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    links = re.findall(r'<a class="month-grid__day([^"]*)" href="#day-(\d+)">', grid)
    assert [day for _classes, day in links] == [
        f"202703{d:02d}" for d in (1, 2, 8, 11, 15, 16, 22, 25, 29)
    ]
    cancelled = {day[-2:] for classes, day in links if "cancelled" in classes}
    assert cancelled == {"15", "16", "25"}
    for _classes, day in links:
        assert f'<h3 id="day-{day}">' in html
    assert "Monday 1 March: 1 visit" in grid
    # Days without visits are plain numbers.
    assert '<span class="month-grid__day">3</span>' in grid


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_month_grid_weekday_names_are_short_in_arabic_and_farsi(client, net, clock, language):
    html = get(client, f"{b.url(net.page, language)}?month=2027-03&view=month")

    grid = between(html, '<table class="month-grid">', "</table>")
    headers = re.findall(r'<th scope="col"><span aria-hidden="true">([^<]+)</span>', grid)
    assert len(headers) == 7
    assert all(len(name) <= 2 for name in headers), headers
    assert len(set(headers)) == 7


def test_a_filter_with_no_visit_at_all_says_so_once(client, net, clock):
    empty = b.community("cal-empty-now", "Πέραμα")

    html = get(client, f"{net.url}?community={empty.slug}")

    assert visit_count(html) == "0 visits from today to the end of the month"
    assert html.count("No visits this month with these choices.") == 1
    assert "No more visits this month" not in html
    assert 'class="next-visit"' not in html
    assert "calendar-earlier" not in html


def test_when_the_rest_of_the_month_is_empty_for_a_filter_it_says_so(client, net, clock):
    # The 29th of January 2027: Korydallos Square's visits (2nd and 4th Thursday) are over.
    clock.move_to(datetime.datetime(2027, 1, 29, 9, 0, tzinfo=ATHENS))
    html = get(client, f"{net.url}?community=cal-korydallos")

    assert "Earlier this month: 2 visits" in html
    later = between(html, '<section class="later-visits"', "</section>")
    assert re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)', later)[:2] == [
        "2027-02-11",
        "2027-02-25",
    ]
    assert "No visits this month with these choices." not in html
