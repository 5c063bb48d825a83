"""The public feeds' exact text, kept byte for byte across refactors.

A characterisation test: every kind of feed (all units, one unit, one stop,
one branch) of a small network that uses every feature of a feed — several
rules in one window, picked and excluded dates, a window with picked dates
only, validity bounds, holidays, cancellations, extra dates with and without
their own hours — is rendered in two languages and compared with the text
stored in tests/services_catalog/golden/. Calendar programs keep events by
UID and SEQUENCE and compare the rest, so any change of the text is a change
for every subscriber: it must be deliberate. Database ids are replaced by
their order of appearance (tests/ical_golden.py), so the text does not
depend on sequences. `UPDATE_GOLDEN=1` accepts a deliberate change.
"""

import datetime
from pathlib import Path

import pytest

from tests import builders as b
from tests.clock import SUNDAY
from tests.ical_golden import check, readable

D = datetime.date
GOLDEN = Path(__file__).parent / "golden"

pytestmark = pytest.mark.clock(SUNDAY)


def _unit(n):
    return b.mobile_unit(
        titles={"el": f"Κινητή Μονάδα {n}", "en": f"Mobile unit {n}"},
        slug={"el": f"kiniti-monada-{n}", "en": f"mobile-unit-{n}"},
    )


def _stop(unit, name, address, **window):
    stop = b.stop(unit, names={"el": name}, **window)
    stop.address_el = address
    stop.save()
    return stop


@pytest.fixture
def world(db, home, clock):
    """Every feature a feed has, with names that do not depend on the test order."""
    unit1, unit2 = _unit(1), _unit(2)
    nikaia = _stop(
        unit1, "Κέντρο Υγείας Νίκαιας", "Πλατεία Ελευθερίας 1", rule=b.FIRST_AND_THIRD_TUESDAY
    )
    nikaia.name_en = "Nikaia Health Centre"
    nikaia.directions_el = "Δίπλα στο φαρμακείο."
    nikaia.save()
    _stop(
        unit1,
        "Πλατεία Καραϊσκάκη",
        "Πλατεία Καραϊσκάκη 2",
        rule="RRULE:FREQ=MONTHLY;BYDAY=+2TH,+4TH\nRRULE:FREQ=WEEKLY;BYDAY=TH,SA",
        start="09:30",
        end="12:30",
    )
    _stop(
        unit2,
        "ΚΑΠΗ Καμινίων",
        "Σαλαμίνος 3",
        rule="RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        valid_from=D(2026, 12, 28),
        valid_until=D(2027, 9, 30),
    )
    sunday = _stop(
        unit2, "Πλατεία Αγίας Σοφίας", "Αγίας Σοφίας 4", rule="RRULE:FREQ=WEEKLY;BYDAY=SU"
    )
    picked = _stop(
        unit2,
        "Λαϊκή αγορά",
        "Μαβίλη 5",
        rule="RRULE:FREQ=WEEKLY;BYDAY=WE\nRDATE:20270212T220000Z\nEXDATE:20270209T220000Z",
    )
    only_dates = _stop(
        unit2, "Σχολείο", "Σχολείου 6", rule="RDATE:20270304T220000Z\nRDATE:20270401T210000Z"
    )
    b.cancel(nikaia, D(2027, 2, 2), reason="Βλάβη οχήματος")
    b.extra(picked, D(2027, 2, 20), start="17:00", end="19:00")
    b.extra(sunday, D(2027, 5, 1), start="17:00", end="19:00", reason="Γιορτή της γειτονιάς")
    b.extra(only_dates, D(2027, 6, 5))
    branch = b.branch(
        rule=b.WEEKDAYS,
        titles={"el": "Κεντρική δομή", "en": "Main branch"},
        slug={"el": "kentriki-domi", "en": "main-branch"},
        address={"el": "Οδός Πειραιώς 7", "en": "7 Peiraios Street"},
    )
    b.cancel(branch, D(2027, 3, 1), reason="Εκπαίδευση προσωπικού")
    b.extra(branch, D(2027, 3, 6), start="10:00", end="14:00", reason="Ημέρα ανοιχτών θυρών")
    return {"unit": unit1, "stop": nikaia, "branch": branch, "picked": picked}


def feeds(world):
    return {
        "mobile-units": "/ical/mobile-units.ics",
        "unit": f"/ical/mobile-units/{world['unit'].pk}.ics",
        "stop": f"/ical/stops/{world['stop'].pk}.ics",
        "picked": f"/ical/stops/{world['picked'].pk}.ics",
        "branch": f"/ical/branches/{world['branch'].pk}.ics",
    }


FILENAMES = {
    "mobile-units": lambda world: "mobile-units.ics",
    "unit": lambda world: f"mobile-unit-{world['unit'].pk}.ics",
    "stop": lambda world: f"stop-{world['stop'].pk}.ics",
    "picked": lambda world: f"stop-{world['picked'].pk}.ics",
    "branch": lambda world: f"branch-{world['branch'].pk}.ics",
}


@pytest.mark.parametrize("language", ["el", "en"])
@pytest.mark.parametrize("feed", ["mobile-units", "unit", "stop", "picked", "branch"])
def test_every_feed_is_the_text_it_was(client, world, clock, feed, language):
    url = f"/{language}{feeds(world)[feed]}"
    clock.shift(datetime.timedelta(hours=1))
    response = client.get(url)
    again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])

    assert response.status_code == 200
    check(GOLDEN / f"{feed}.{language}.ics", readable(response.content.decode()))
    headers = {
        key: response[key]
        for key in ("Content-Type", "Content-Disposition", "Cache-Control", "Last-Modified")
    }
    assert headers == {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": f'inline; filename="{FILENAMES[feed](world)}"',
        "Cache-Control": "public, max-age=3600",
        "Last-Modified": "Sun, 10 Jan 2027 08:00:00 GMT",
    }
    assert again.status_code == 304
    assert again["ETag"] == response["ETag"]
