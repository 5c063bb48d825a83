"""Fixed lists of the booking module, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    BOOKED = "booked", _("Booked")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")
    CANCELLED = "cancelled", pgettext_lazy("appointment status", "Cancelled")


class Channel(models.TextChoices):
    """How the appointment was made."""

    WEB = "web", _("Website")
    API = "api", _("API")
    PHONE = "phone", _("By phone (staff)")
    IN_PERSON = "in_person", _("In person (staff)")
    HOME_VISIT = "home_visit", _("Home visit request (staff)")


# The channels staff book through for a citizen: offered in the staff
# "book for a caller" form, and exempt from the booking notice. The one list.
STAFF_CHANNELS = (Channel.PHONE, Channel.IN_PERSON)

# Channels whose slots are staff capacity, not a public opening: a home visit
# is scheduled by a social worker into a slot of a home-visit team, which no
# public door lists (services_catalog.places.HomeVisitKind). Exempt from the
# notice like the staff channels.
PRIVATE_PLACE_CHANNELS = (Channel.HOME_VISIT,)


# Statuses that hold a place in a slot: everything but a cancellation.
HOLDING_STATUSES = (Status.BOOKED, Status.ATTENDED, Status.NO_SHOW)


class NotificationKind(models.TextChoices):
    CONFIRMATION = "confirmation", _("Confirmation")
    REMINDER = "reminder", _("Reminder")
    CANCELLATION = "cancellation", _("Cancellation")
    MOVED = "moved", _("New time")


class NotificationChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("Text message")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Not delivered")


class EntryStatus(models.TextChoices):
    """Where a waiting-list entry stands (booking.waitlist)."""

    WAITING = "waiting", _("Waiting")
    BOOKED = "booked", _("Booked a freed time")
    LEFT = "left", _("Left the list")
    REMOVED = "removed", _("Removed by staff")
    EXPIRED = "expired", _("Waited too long")


class OfferStatus(models.TextChoices):
    """What became of one freed time offered to one waiting person."""

    OPEN = "open", _("Sent, waiting for an answer")
    BOOKED = "booked", _("Booked")
    TAKEN = "taken", _("Taken by someone else first")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    UNDELIVERED = "undelivered", _("Could not be sent")
