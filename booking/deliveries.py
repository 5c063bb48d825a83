"""One way to deliver a stored message: claim it once, try it, retry with backoff, record it.

Every message the portal sends — an appointment's e-mail and text message
(`booking.notifications`), a call-back's acknowledgement (`callbacks`), a
contact message to its place's inbox (`contact`), a home-visit decision
(`home_visits`) — is a row stored before anything is sent, in its app's own
table, with four fields this module reads and writes: a status (waiting,
sent, not delivered), a count of attempts, the time of the next attempt and
the last error's class name (never its text: an SMTP error can carry an
address). An `Outbox` names the table, those four fields and how one row is
sent; the rest is here, once:

- **Claim once.** A row is sent only by the process whose conditional UPDATE
  (still waiting, its time come, fewer than the allowed attempts) moved its
  next attempt CLAIM_FOR ahead and counted the attempt. Two workers, a
  deferred retry and the hourly sweep, or a task enqueued twice never send
  the same row twice: the loser's UPDATE matches nothing.
- **Retry with backoff.** A failure plans the next attempt after
  BOOKING_NOTIFICATION_RETRY_DELAYS (the last delay repeats), enqueued as
  its own task (`deliver`, with run_after) when the task backend can defer;
  after BOOKING_NOTIFICATION_MAX_ATTEMPTS attempts the row is "not delivered"
  and the staff screens say so.
- **Swept.** `sweep` (from each app's HOUSEKEEPING_HOOKS entry) sends every
  row whose time has come: retries whose task was lost, rows stored whose
  first task never ran (a waiting row with no time is due at once), and rows
  whose worker died mid-send (their claim runs out after CLAIM_FOR; a row
  that died on its last allowed attempt is marked not delivered).
- **Loses nothing.** A backend that fails or raises never loses the row:
  it stays waiting, then not delivered, for staff to see.
"""

import dataclasses
import datetime
import logging
from collections.abc import Callable

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string

from django_tasks import default_task_backend, task

from booking.choices import DeliveryStatus

logger = logging.getLogger(__name__)

# While one process sends a claimed message, others leave it alone for this long;
# after it, a message whose sender died is due again (the sweep takes it).
CLAIM_FOR = datetime.timedelta(minutes=10)

NO_LONGER_NEEDED = "no longer needed"
INTERRUPTED = "interrupted"


class NotSent(Exception):
    """A backend answered that it did not send the message."""


def retry_delay(attempts):
    """The wait after the `attempts`-th failed attempt (the last delay repeats)."""
    delays = settings.BOOKING_NOTIFICATION_RETRY_DELAYS
    return datetime.timedelta(seconds=delays[min(attempts, len(delays)) - 1])


def max_attempts():
    return settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS


def failing_q(status="status", attempts="attempts"):
    """Given up, or failed at least once and waiting again: what staff should see."""
    return Q(**{status: DeliveryStatus.FAILED}) | Q(
        **{status: DeliveryStatus.PENDING, f"{attempts}__gt": 0}
    )


@dataclasses.dataclass(frozen=True)
class Outbox:
    """One kind of outgoing message: where its rows are and how one is sent.

    `path` is this object's import path (tasks carry it, so booking imports
    no app that uses it). `send(row, **context)` sends one row, raising (or
    returning False) when it could not; `context` reaches only the first
    attempt (a manage link's token, which is never stored). `why_not(row)`
    returns a short reason when the row must no longer go out (an erased
    request, a landline), else "". `fields` maps the four fields' roles to
    the table's names; a table without a `last_error` field maps it to None.
    `describe(row)` names a row in the log, without personal data.
    """

    path: str
    model: type
    send: Callable
    why_not: Callable = lambda row: ""
    describe: Callable = lambda row: f"Message {row.pk}"
    related: tuple = ()
    fields: dict = dataclasses.field(default_factory=dict)

    def field(self, role):
        return {
            "status": "status",
            "attempts": "attempts",
            "next_attempt_at": "next_attempt_at",
            "last_error": "last_error",
            **self.fields,
        }[role]

    def due_q(self, at):
        status, next_at = self.field("status"), self.field("next_attempt_at")
        return Q(**{status: DeliveryStatus.PENDING}) & (
            Q(**{f"{next_at}__isnull": True}) | Q(**{f"{next_at}__lte": at})
        )

    def due(self, at=None):
        """Waiting rows whose time has come (a waiting row with no time: at once)."""
        return self.model._default_manager.filter(self.due_q(at or timezone.now()))

    def failing_q(self):
        return failing_q(self.field("status"), self.field("attempts"))

    def enqueue(self, pk, **context):
        """Send the stored row `pk` in a task of its own (call it on commit)."""
        deliver.enqueue(self.path, pk, context)

    def claim(self, pk, now):
        """Take row `pk` for this process, counting the attempt; None when it is not
        due, no longer waiting, or another process took it first."""
        attempts, next_at = self.field("attempts"), self.field("next_attempt_at")
        taken = (
            self.model._default_manager.filter(self.due_q(now), pk=pk)
            .filter(**{f"{attempts}__lt": max_attempts()})
            .update(**{next_at: now + CLAIM_FOR, attempts: F(attempts) + 1})
        )
        if not taken:
            return None
        return self.model._default_manager.select_related(*self.related).get(pk=pk)

    def attempt(self, pk, now=None, **context):
        """Claim row `pk` and try it once. True when it went out now."""
        now = now or timezone.now()
        row = self.claim(pk, now)
        if row is None:
            return False
        reason = self.why_not(row)
        if reason:
            self._record(row, DeliveryStatus.FAILED, None, reason)
            return False
        try:
            if self.send(row, **context) is False:
                raise NotSent("the backend did not send the message")
        except Exception as error:  # one message's failure must never stop another's
            self._failed(row, error, now)
            return False
        self._record(row, DeliveryStatus.SENT, None, "")
        return True

    def sweep(self, now=None):
        """Send every due row (the hourly housekeeping). Returns how many went out."""
        now = now or timezone.now()
        self._give_up_interrupted(now)
        due = self.due(now).order_by(self.field("next_attempt_at"), "pk")
        return sum(self.attempt(pk, now=now) for pk in due.values_list("pk", flat=True))

    def _failed(self, row, error, now):
        attempts = getattr(row, self.field("attempts"))
        name = type(error).__name__[:100]
        next_at = None
        if attempts >= max_attempts():
            self._record(row, DeliveryStatus.FAILED, None, name)
        else:
            next_at = now + retry_delay(attempts)
            self._record(row, DeliveryStatus.PENDING, next_at, name)
            if default_task_backend.supports_defer:
                deliver.using(run_after=next_at).enqueue(self.path, row.pk, {})
        logger.warning(
            "%s failed (%s), attempt %s of %s, %s",
            self.describe(row),
            name,
            attempts,
            max_attempts(),
            f"next at {next_at:%Y-%m-%d %H:%M:%S%z}" if next_at else "given up",
        )

    def _record(self, row, status, next_at, error):
        values = {self.field("status"): status, self.field("next_attempt_at"): next_at}
        if self.field("last_error"):
            values[self.field("last_error")] = error
        for name, value in values.items():
            setattr(row, name, value)
        row.save(update_fields=list(values))

    def _give_up_interrupted(self, now):
        """Rows whose sender died during their last allowed attempt: not delivered."""
        values = {self.field("status"): DeliveryStatus.FAILED, self.field("next_attempt_at"): None}
        if self.field("last_error"):
            values[self.field("last_error")] = INTERRUPTED
        self.due(now).filter(**{f"{self.field('attempts')}__gte": max_attempts()}).update(**values)


@task()
def deliver(outbox_path, pk, context=None):
    """One attempt of one stored message (first sends and deferred retries alike)."""
    outbox = import_string(outbox_path)
    return outbox.attempt(pk, **(context or {}))
