"""A subject's average rating and count, as the public sees it.

One aggregate query per subject (a place, a mobile unit's stops, or the
network: `services_catalog.places.rows_at`), kept in the cache (Redis in
production; it degrades to a miss when Redis is down) for
FIGURES_CACHE_SECONDS and dropped when a rating is added there. Shown only
from FEEDBACK_MIN_RATINGS ratings on: below that an average says little
and could point at one person.
"""

import dataclasses
import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Avg, Count
from django.utils import formats, timezone
from django.utils.translation import ngettext

from feedback.models import Rating
from services_catalog.places import rows_at, subject_key

CACHE_PREFIX = "feedback:summary:"


@dataclasses.dataclass(frozen=True)
class Summary:
    count: int
    average: float | None
    computed_at: datetime.datetime

    @property
    def shown(self):
        return self.count >= settings.FEEDBACK_MIN_RATINGS and self.average is not None

    @property
    def average_text(self):
        """ "4.3" (or "4,3"): one decimal, the language's separator, Latin digits."""
        return formats.number_format(round(self.average, 1), 1, use_l10n=True)

    @property
    def text(self):
        """ "4.3 from 57 ratings", in the active language with its plural."""
        return ngettext(
            "%(average)s out of 5, from %(count)s rating",
            "%(average)s out of 5, from %(count)s ratings",
            self.count,
        ) % {"average": self.average_text, "count": self.count}

    @property
    def percent(self):
        """The average as a share of the scale (for the bar drawn beside it)."""
        return round((self.average or 0) / 5 * 100)


def fresh(value):
    """Younger than FIGURES_CACHE_SECONDS, whatever the cache backend does with time."""
    age = timezone.now() - value.computed_at
    return age < datetime.timedelta(seconds=settings.FIGURES_CACHE_SECONDS)


def compute(subject):
    values = Rating.objects.filter(rows_at(subject)).aggregate(
        count=Count("pk"), average=Avg("score")
    )
    return Summary(count=values["count"], average=values["average"], computed_at=timezone.now())


def summary(subject):
    key = CACHE_PREFIX + subject_key(subject)
    cached = cache.get(key)
    if cached is not None and fresh(cached):
        return cached
    value = compute(subject)
    cache.set(key, value, settings.FIGURES_CACHE_SECONDS)
    return value


def forget(rating):
    """Drop the cached summaries a new rating changes (its place, its unit, the network)."""
    keys = [CACHE_PREFIX + "network", CACHE_PREFIX + subject_key(rating.place)]
    if rating.stop_id:
        keys.append(f"{CACHE_PREFIX}unit-{rating.stop.mobile_unit_id}")
    cache.delete_many(keys)
