"""Fixed lists of call-back requests, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class BestTime(models.TextChoices):
    """When the caller would rather be called (the centre's hours are 08:00–17:00)."""

    ANY = "any", _("Any time")
    MORNING = "morning", _("Morning (9:00–12:00)")
    MIDDAY = "midday", _("Midday (12:00–14:00)")
    AFTERNOON = "afternoon", _("Afternoon (14:00–17:00)")


class CallbackStatus(models.TextChoices):
    """Where a request stands in the queue. Every status but "resolved" keeps it queued."""

    WAITING = "waiting", pgettext_lazy("call-back status", "Waiting")
    NO_ANSWER = "no_answer", pgettext_lazy("call-back status", "No answer")
    CALLED = "called", pgettext_lazy("call-back status", "Called, to follow up")
    RESOLVED = "resolved", pgettext_lazy("call-back status", "Resolved")


OPEN_STATUSES = (CallbackStatus.WAITING, CallbackStatus.NO_ANSWER, CallbackStatus.CALLED)
# The statuses a call attempt sets: each one counts an attempt.
ATTEMPT_STATUSES = (CallbackStatus.NO_ANSWER, CallbackStatus.CALLED)
