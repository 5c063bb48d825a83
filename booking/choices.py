"""Fixed lists of the booking module, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    BOOKED = "booked", _("Booked")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")
    CANCELLED = "cancelled", _("Cancelled")


class Channel(models.TextChoices):
    """How the appointment was made."""

    WEB = "web", _("Website")
    API = "api", _("API")
    PHONE = "phone", _("By phone (staff)")
    IN_PERSON = "in_person", _("In person (staff)")


# Statuses that hold a place in a slot: everything but a cancellation.
HOLDING_STATUSES = (Status.BOOKED, Status.ATTENDED, Status.NO_SHOW)
