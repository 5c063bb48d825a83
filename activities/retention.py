"""Retention: a sign-up's personal data is emptied BOOKING_RETENTION_DAYS after it is over.

Over means: after the end of its last session held, or — for a sign-up that
held none (it waited, or left before any session) — after it was cancelled
or made. Name, phone, e-mail, needs and the private link's hash are emptied,
and so is the text of every staff message stored for it (staff may have
written a name or a circumstance in it); the reference, party size,
language, channel and attendance stay for the figures. Run by the hourly
housekeeping (`activities.tasks.housekeeping`).
"""

import datetime

from django.conf import settings
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import timezone

from activities.models import ActivityMessage, SignUp


def anonymise_due(now=None):
    """Empty every sign-up over for longer than the retention period. Returns how many."""
    now = now or timezone.now()
    before = now - datetime.timedelta(days=settings.BOOKING_RETENTION_DAYS)
    due = (
        SignUp.objects.filter(anonymised_at__isnull=True)
        .annotate(over=Coalesce(Max("seats__session__end"), "cancelled_at", "created_at"))
        .filter(over__lt=before)
    )
    ids = list(due.values_list("pk", flat=True))
    ActivityMessage.objects.filter(sign_up__in=ids).exclude(text="").update(text="")
    return SignUp.objects.filter(pk__in=ids).update(
        name="",
        phone="",
        email="",
        accessibility_needs="",
        interpreter_language_other="",
        manage_token_hash="",
        anonymised_at=now,
    )
