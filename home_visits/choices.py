"""Fixed lists of home-visit requests, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting for review")
    SCHEDULED = "scheduled", _("Visit scheduled")
    DECLINED = "declined", _("Declined")


class RequestedBy(models.TextChoices):
    """Who asks: the citizen, someone close to them, or a partner service (a referral)."""

    SELF = "self", _("For myself")
    RELATIVE = "relative", _("For a relative or someone I look after")
    PARTNER = "partner", _("For a client of our service (partner service)")


class Reason(models.TextChoices):
    """Why the citizen cannot come to a branch or a van stop."""

    DISABILITY = "disability", _("Disability")
    ILLNESS = "illness", _("Illness")
    AGE = "age", _("Old age")
    CARING = "caring", _("Caring for someone at home")
    OTHER = "other", _("Another reason")


class Weekday(models.TextChoices):
    MONDAY = "mon", _("Monday")
    TUESDAY = "tue", _("Tuesday")
    WEDNESDAY = "wed", _("Wednesday")
    THURSDAY = "thu", _("Thursday")
    FRIDAY = "fri", _("Friday")


class MessageStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Not delivered")
