"""The public figures of a place, a mobile unit or the network: one definition, cached.

Definitions (all in Europe/Athens local dates; "yesterday" is the last day counted,
so a day's figures do not change while it is being lived, and today's
records appear tomorrow):

- **people served**: every contact counted by the registered sources
  (figures.sources): attended appointments, staff-recorded walk-ins and
  phone enquiries, and what later apps register (home visits…);
- **in total**: from FIGURES_START_DATE to the end of yesterday;
- **in the last 30 days**: the 30 days that end with yesterday (today − 30
  … today − 1), not before the start date;
- **a day's average**: people served in those 30 days divided by the
  *working days* among them — Monday to Friday, Greek public holidays
  excluded (services_catalog.schedules.public_holiday). People served on a
  Saturday (a van's visit) count in the numerator only;
- **most asked-for services**: the three published services with most
  contacts in total (contacts without a service are left out), ties by id;
- **by month**: people served in each of the last six calendar months up
  to yesterday (the chart and its table).

Cost: two aggregate queries per source plus one for the services' titles,
whatever the size of the data (`tests/figures`). Kept in the default cache
per subject and day for FIGURES_CACHE_SECONDS; a page showing figures is
cached no longer than that after they were computed (figures.wagtail_hooks).
"""

import dataclasses
import datetime
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from figures import sources
from services_catalog.models import ServicePage
from services_catalog.places import subject_key
from services_catalog.schedules import ATHENS, public_holiday

WINDOW_DAYS = 30
MONTHS_SHOWN = 6
TOP_SERVICES = 3
CACHE_PREFIX = "figures:"


@dataclasses.dataclass(frozen=True)
class Figures:
    since: datetime.date
    until: datetime.date  # the last day counted (yesterday)
    total: int
    last_30_days: int
    working_days: int
    per_working_day: float | None
    top_services: tuple  # ((service pk, count), …), most first; titles: `services_of`
    months: tuple  # ((first day of the month, count), …), oldest first
    computed_at: datetime.datetime

    @property
    def empty(self):
        return self.total == 0


def start_date():
    return datetime.date.fromisoformat(settings.FIGURES_START_DATE)


def local_midnight(day):
    return datetime.datetime.combine(day, datetime.time(), tzinfo=ATHENS)


def working_days(first, last):
    """Monday to Friday between two dates (both included), Greek public holidays excluded."""
    days = (first + datetime.timedelta(days=n) for n in range((last - first).days + 1))
    return sum(1 for day in days if day.weekday() < 5 and not public_holiday(day))


def _month_starts(until, count):
    month = until.replace(day=1)
    starts = [month]
    for _n in range(count - 1):
        month = (month - datetime.timedelta(days=1)).replace(day=1)
        starts.append(month)
    return starts[::-1]


def compute(subject, today=None):
    """The figures of `subject` (a place, a mobile unit, None: the network) as of `today`."""
    today = today or timezone.localdate(timezone=ATHENS)
    since, until = start_date(), today - datetime.timedelta(days=1)
    start, end = local_midnight(since), local_midnight(today)
    per_day, per_service = Counter(), Counter()
    if since <= until:
        for source in sources.registered():
            for day, count in source.by_day(subject, start, end):
                per_day[day] += count
            if source.by_service is None:  # people served at no service (activities)
                continue
            for service_id, count in source.by_service(subject, start, end):
                per_service[service_id] += count

    window_first = max(since, today - datetime.timedelta(days=WINDOW_DAYS))
    in_window = sum(n for day, n in per_day.items() if window_first <= day <= until)
    workdays = working_days(window_first, until) if window_first <= until else 0

    months = []
    for first in _month_starts(until, MONTHS_SHOWN):
        if first < since.replace(day=1):
            continue  # wholly before the start date
        count = sum(
            n for day, n in per_day.items() if (day.year, day.month) == (first.year, first.month)
        )
        months.append((first, count))

    return Figures(
        since=since,
        until=until,
        total=sum(per_day.values()),
        last_30_days=in_window,
        working_days=workdays,
        per_working_day=round(in_window / workdays, 1) if workdays else None,
        top_services=_top_services(per_service),
        months=tuple(months),
        computed_at=timezone.now(),
    )


def _top_services(per_service):
    """The most asked-for published services: ((pk, count), …), most first, ties by pk."""
    if not per_service:
        return ()
    live = set(
        ServicePage.objects.live().filter(pk__in=list(per_service)).values_list("pk", flat=True)
    )
    ranked = sorted((pk for pk in per_service if pk in live), key=lambda pk: (-per_service[pk], pk))
    return tuple((pk, per_service[pk]) for pk in ranked[:TOP_SERVICES])


def services_of(figures):
    """[(ServicePage, count), …] of `figures.top_services`, titles in the active language."""
    counts = dict(figures.top_services)
    pages = ServicePage.objects.live().filter(pk__in=list(counts))
    by_pk = {page.pk: page for page in pages}
    return [(by_pk[pk], count) for pk, count in figures.top_services if pk in by_pk]


def fresh(value, now=None):
    """Whether a cached value (with its `computed_at`) is younger than FIGURES_CACHE_SECONDS.

    Checked here as well as by the cache's own expiry, so the bound holds
    whatever the backend does with time (and under a test's travelling clock).
    """
    age = (now or timezone.now()) - value.computed_at
    return age < datetime.timedelta(seconds=settings.FIGURES_CACHE_SECONDS)


def figures_for(subject, today=None):
    """`compute(subject)`, from the cache when computed in the last FIGURES_CACHE_SECONDS today."""
    today = today or timezone.localdate(timezone=ATHENS)
    key = f"{CACHE_PREFIX}{subject_key(subject)}:{today.isoformat()}"
    cached = cache.get(key)
    if cached is not None and fresh(cached):
        return cached
    value = compute(subject, today)
    cache.set(key, value, settings.FIGURES_CACHE_SECONDS)
    return value
