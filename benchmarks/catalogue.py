"""Catalogue benchmark: month calendar page, all-units feed, occurrences API.

With the demo data, then with ten times as many stops (each demo stop
copied nine more times, with its visits and exceptions). Prints time
(median and 95th percentile of 10 runs) and database queries per request.
"""

import datetime

from benchmarks.harness import fresh_database, measure, print_table


def multiply_stops(factor):
    from services_catalog.models import Stop, StopException, StopSchedule

    originals = list(Stop.objects.all())
    for copy_number in range(1, factor):
        for stop in originals:
            visits = list(StopSchedule.objects.filter(stop=stop))
            exceptions = list(StopException.objects.filter(stop=stop))
            stop.pk = None
            stop.id = None
            stop.name_el = f"{stop.name_el} ({copy_number})"
            stop.save()
            for visit in visits:
                visit.pk = None
                visit.id = None
                visit.stop = stop
                visit.save()
            for exception in exceptions:
                exception.pk = None
                exception.id = None
                exception.stop = stop
                exception.save()
            stop = Stop.objects.get(pk=stop.pk)
    return Stop.objects.count()


def scenario(label):
    from django.test import Client
    from django.utils import timezone

    from services_catalog.models import Stop, VanCalendarPage

    client = Client()
    calendar = VanCalendarPage.objects.get()
    month = timezone.localdate().strftime("%Y-%m")
    today = timezone.localdate()
    year_later = today + datetime.timedelta(days=364)
    stops = Stop.objects.count()
    checks = {
        "month calendar page": lambda: _ok(client.get(f"{calendar.url}?month={month}")),
        "all-units iCal feed": lambda: _ok(client.get("/el/ical/mobile-units.ics")),
        "occurrences API, 12 months": lambda: _ok(
            client.get(f"/api/v1/occurrences?from={today}&to={year_later}&per_page=500")
        ),
    }
    rows = []
    for name, func in checks.items():
        result = measure(func)
        rows.append(
            (
                label,
                stops,
                name,
                f"{result['median_ms']:.1f}",
                f"{result['p95_ms']:.1f}",
                result["queries"],
            )
        )
    return rows


def _ok(response):
    assert response.status_code == 200, response.status_code
    return response


def run():
    fresh_database()
    rows = scenario("demo data")
    multiply_stops(10)
    rows += scenario("10x stops")
    print_table(
        "Catalogue (times in ms, per request)",
        ["data", "stops", "what", "median", "p95", "queries"],
        rows,
    )
