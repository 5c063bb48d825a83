"""The van calendar says exactly what it said before its rendering was made fast.

The expected pages (`calendar_expected/*.html`) were written by the calendar
as it was before its visit cards stopped being one template include each
(commit dad1d4d): the `<main>` element and the JSON-LD, with the numbers
the database hands out (page and stop ids, counters of the builders)
renumbered in order of appearance, and runs of white space made one space
(a browser shows them alike). A change to what the calendar shows is a
change to these files too: write them again with
`CALENDAR_EXPECTED=write pytest tests/services_catalog/test_calendar_output.py`
and read the difference before committing it.
"""

import datetime
import os
import re
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from portal import page_cache
from services_catalog.models import Offering
from tests import builders as b
from tests.clock import SUNDAY
from tests.helpers import as_if_committed
from tests.services_catalog.page_reading import between, get

pytestmark = [pytest.mark.django_db, pytest.mark.clock(SUNDAY)]

EXPECTED = Path(__file__).parent / "calendar_expected"

# Numbers that depend on the order rows were made in, renumbered per kind.
RENUMBERED = [
    ("stop", re.compile(r"(?<=stops/)\d+(?=/)|(?<=stop-)\d+")),
    ("unit", re.compile(r"(?<=kiniti-)\d+|(?<=unit-)\d+|(?<=mobile-units/)\d+(?=\.ics)")),
    ("service", re.compile(r"(?<=ypiresia-)\d+|(?<=service-)\d+|(?<=service=)\d+")),
    ("option", re.compile(r'(?<=<option value=")\d+(?=")|(?<=unit=)\d+')),
    ("address", re.compile(r"(?<=Πλατεία )\d+")),
]


def normalised(html):
    """The page's `<main>` and JSON-LD, with white space and database numbers made stable."""
    json_ld = re.findall(r'<script type="application/ld\+json">.*?</script>', html, re.S)
    text = "\n".join([*json_ld, between(html, '<main id="main" tabindex="-1">', "</main>")])
    for kind, pattern in RENUMBERED:
        seen = {}

        def renumber(match, seen=seen, kind=kind):
            return f"{kind}{seen.setdefault(match[0], len(seen) + 1)}"

        text = pattern.sub(renumber, text)
    # One space for each run of white space, and a line per tag to read differences.
    return re.sub(r"\s+", " ", text).replace("> <", ">\n<").strip() + "\n"


@pytest.fixture
def net(clock):  # built and read on the pinned Sunday, 10 January 2027
    network = b.van_calendar_network()
    # A stop with its address in English too, and a visit on a Monday that is a
    # public holiday (Clean Monday, 15 March 2027) at the day-centre stop.
    b.stop(
        network.unit2,
        names={"el": "Πλατεία Ελευθερίας", "en": "Freedom Square", "ar": "ساحة الحرية"},
        community_obj=b.community("cal-korydallos"),
        rule="RRULE:FREQ=WEEKLY;BYDAY=WE",
        start="16:00",
        end="18:00",
    )
    as_if_committed()  # what the calendar keeps per content generation is kept (content_memo)
    return network


def pages(net):
    """(name, address) of the pages compared."""
    el, en, ar, fa = (b.url(net.page, language) for language in ("el", "en", "ar", "fa"))
    return [
        ("en-current-list", en + "?view=list"),
        ("el-current-month", el + "?view=month"),
        ("ar-march-month", ar + "?view=month&month=2027-03"),
        ("el-march-service", el + f"?month=2027-03&service={net.psych.pk}"),
        ("fa-february-unit", fa + f"?view=list&month=2027-02&unit={net.unit2.pk}"),
        ("en-april-bookable-service", en + f"?month=2027-04&service={net.legal.pk}"),
    ]


def drop_entry(response):
    """Drop the page-cache entry of the page `response` answered."""
    page_cache._cache().delete(page_cache.entry_key(response.wsgi_request))


def without_its_entry(client, address):
    """The page at `address` rendered again (its page-cache entry dropped), as text."""
    drop_entry(client.get(address))
    response = client.get(address)
    assert response["X-Page-Cache"] == "miss"
    return response.content.decode()


def test_the_calendar_shows_what_it_showed_before(client, net):
    writing = os.environ.get("CALENDAR_EXPECTED") == "write"
    different = []
    for name, address in pages(net):
        first = normalised(get(client, address))  # builds what is kept for this generation
        again = normalised(without_its_entry(client, address))  # from what was kept
        path = EXPECTED / f"{name}.html"
        if writing:
            EXPECTED.mkdir(exist_ok=True)
            path.write_text(first)
        elif first != path.read_text() or again != first:
            different.append(name)
    assert not writing, "expected pages written: run again without CALENDAR_EXPECTED"
    assert not different, f"the calendar renders differently: {different}"


def test_what_the_calendar_keeps_follows_every_edit(client, net):
    # The current month: the one whose visits are kept (with the next one).
    address = b.url(net.page, "en") + "?view=month"
    get(client, address)
    cancelled = b.cancel(net.kapi, datetime.date(2027, 1, 18), reason="Η μονάδα στο συνεργείο")
    cancelled.reason_en = "Service of the van"
    cancelled.save()
    net.square.name_en = "Korydallos Town Square"
    net.square.save()
    as_if_committed()
    html = without_its_entry(client, address)
    assert "Service of the van" in html
    assert "Korydallos Town Square" in html and ">Korydallos Square<" not in html
    # The same visits in Greek are their own entry, with the Greek names.
    greek = get(client, b.url(net.page, "el") + "?view=month")
    assert "Πλατεία Κορυδαλλού" in greek and "Korydallos Town Square" not in greek
    assert "Η μονάδα στο συνεργείο" in greek and "Service of the van" not in greek


def test_the_normalisation_keeps_what_a_visitor_sees():
    html = (
        '<main id="main" tabindex="-1"><a href="/el/x/kiniti-7/stops/42/">  Πλατεία 9 \n'
        "</a> <b>12:00</b></main>"
    )
    assert normalised(html) == (
        '<a href="/el/x/kiniti-unit1/stops/stop1/"> Πλατεία address1 </a>\n<b>12:00</b>\n'
    )


def queries_of_a_month(client, address):
    """(queries after an edit, queries without the page's entry, visit cards) of `address`.

    After an edit, what every page shares is read again too (`content_memo`):
    reported by the suite, not held to the budget."""
    with CaptureQueriesContext(connection) as after_edit:
        drop_entry(client.get(address))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response["X-Page-Cache"] == "miss"
    return len(after_edit), len(queries), response.content.decode().count('class="visit-card')


def test_a_month_asks_the_same_queries_with_three_times_the_stops_and_visits(client, net):
    addresses = [
        b.url(net.page, "en") + "?view=month&month=2027-03",
        b.url(net.page, "ar") + f"?view=list&month=2027-03&service={net.legal.pk}",
    ]
    small = [queries_of_a_month(client, address) for address in addresses]
    for n in range(6):
        unit = b.mobile_unit(titles={"el": f"Κινητή Μονάδα Χ{n}", "en": f"Unit X{n}"})
        for rule in ("RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "RRULE:FREQ=WEEKLY;BYDAY=TU,TH,FR"):
            b.stop(unit, names={"el": f"Στάση {n} {rule[-2:]}"}, rule=rule, start="09:00")
        b.service(units=[unit], titles={"el": f"Υπηρεσία {n}"})
        Offering.objects.create(service=net.legal, mobile_unit=unit)  # legal advice too
    as_if_committed()
    large = [queries_of_a_month(client, address) for address in addresses]
    assert large[0][2] > 3 * small[0][2]
    assert large[1][2] > 3 * small[1][2]
    # Without the page's entry (what the suite calls cold): the same, within the budget.
    assert [cold for _edit, cold, _cards in large] == [cold for _edit, cold, _cards in small]
    assert all(cold <= 10 for _edit, cold, _cards in large)


def test_what_editors_type_is_escaped_in_the_cards_built_in_python(client, net):
    # The cards are HTML written by services_catalog/calendar_cards.py, not by the
    # template engine: nothing an editor types may reach the page as markup.
    attack = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    net.square.name_en = f"Square {attack}"
    net.square.address_en = f"1 Road {attack}"
    net.square.save()
    net.unit1.title_en = f"Van {attack}"
    net.unit1.save()
    cancelled = b.cancel(net.kapi, datetime.date(2027, 1, 18))
    cancelled.reason_en = f"Repairs {attack}"
    cancelled.save()
    as_if_committed()
    for view in ("list", "month"):
        html = without_its_entry(client, b.url(net.page, "en") + f"?view={view}")
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "Square &lt;script&gt;alert(1)&lt;/script&gt;" in html
    listing = without_its_entry(client, b.url(net.page, "en") + "?view=list")
    for shown in ("1 Road &lt;script&gt;", "Van &lt;script&gt;", "Repairs &lt;script&gt;"):
        assert shown in listing, shown
