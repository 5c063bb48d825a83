"""The fixed lists of activities, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SeatsPer(models.TextChoices):
    """Whether seats are counted per session, or one sign-up holds the whole series."""

    SESSION = "session", _("per session")
    SERIES = "series", _("for the whole series")


class Attendance(models.TextChoices):
    """How people join: a sign-up first, or just come."""

    SIGN_UP = "sign_up", _("sign-up needed")
    DROP_IN = "drop_in", _("drop in, no sign-up")


class HeldIn(models.TextChoices):
    """The language an activity is taught or held in."""

    GREEK = "el", _("Greek")
    ENGLISH = "en", _("English")
    ARABIC = "ar", _("Arabic")
    FARSI = "fa", _("Farsi")


class SignUpStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("signed up")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")


class MessageKind(models.TextChoices):
    """What a message to a person signed up says (the same texts as before)."""

    CONFIRMED = "confirmed", _("signed up")
    WAITING = "waiting", _("on the waiting list")
    PROMOTED = "promoted", _("place came free")
    REMINDER = "reminder", _("reminder")
    SESSION_CANCELLED = "session_cancelled", _("session cancelled")
    STAFF = "staff", _("message from staff")
