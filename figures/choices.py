from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactKind(models.TextChoices):
    """How someone came to the centre without an appointment."""

    WALK_IN = "walk_in", _("Walk-in")
    PHONE = "phone", _("Phone enquiry")
