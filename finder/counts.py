"""Anonymous daily counters: which answers are chosen, which results are opened.

What is stored is a day, what was counted and a number — never who, from
where, when in the day, with which browser or cookie. The request is not
even passed in. Each count is two statements that send no model signal
(so the page cache's content generation is not bumped on every count):
an insert of a zero row that ignores a conflict, then `count = count + 1`.
Concurrent counts from several workers are exact (the database adds).

Where counting happens, and why there (see also finder.views):
- the last step's form goes to `finder:done`, which counts the answers and
  redirects to the results page. The redirect is never cached, so every
  finished finder is counted, while the results page itself stays public
  and cacheable (a hit counts nothing, and needs to count nothing);
- a service opened from the results goes through `finder:open`, which
  counts and redirects to the service's page.
Reloading the results page, or coming back to it, is not counted again:
that is what "chosen" and "opened" mean here.
"""

from django.db.models import F
from django.utils import timezone

from finder.choices import CountKind
from finder.models import DailyCount

MAX_KEY_LENGTH = 200


def record(kind, key, day=None):
    """Add one to today's counter of `kind` and `key`."""
    day = day or timezone.localdate()
    key = str(key)[:MAX_KEY_LENGTH]
    DailyCount.objects.bulk_create(
        [DailyCount(day=day, kind=kind, key=key, count=0)], ignore_conflicts=True
    )
    DailyCount.objects.filter(day=day, kind=kind, key=key).update(count=F("count") + 1)


def answer_key(question_key, answer_key):
    return f"{question_key}={answer_key}"


def record_finished(journey, found_any):
    """Count each answer of a finished finder, the finish, and "nothing found" with its answers."""
    pairs = journey.pairs(with_language=False)
    for name, value in journey.pairs():
        record(CountKind.ANSWER, answer_key(name, value))
    record(CountKind.FINISHED, "all")
    if not found_any:
        record(CountKind.NOTHING, "&".join(answer_key(n, v) for n, v in pairs) or "-")
