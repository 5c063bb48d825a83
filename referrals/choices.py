"""Fixed lists of the referrals module, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferralStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the centre")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned to the partner")
