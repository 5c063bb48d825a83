"""Which places a front-desk user sees, and their private appointment feed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel


class StaffAccess(ClusterableModel):
    """The places a front-desk user works at: every place, or the branches and units ticked.

    Permissions fail closed: a user without a row sees no place at all (only
    superusers see everything without one), so deleting a row takes access
    away rather than widening it.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="booking_access",
    )
    all_places = models.BooleanField(
        _("all places"),
        default=False,
        help_text=_(
            "Every branch and mobile unit, including ones added later. "
            "Leave unticked to choose the places below."
        ),
    )
    branches = ParentalManyToManyField(
        "services_catalog.BranchPage", verbose_name=_("branches"), blank=True, related_name="+"
    )
    mobile_units = ParentalManyToManyField(
        "services_catalog.MobileUnitPage",
        verbose_name=_("mobile units"),
        blank=True,
        related_name="+",
    )
    home_visit_teams = ParentalManyToManyField(
        "services_catalog.HomeVisitTeam",
        verbose_name=_("home-visit teams"),
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("front-desk access")
        verbose_name_plural = _("front-desk access")

    def __str__(self):
        return str(self.user)


class StaffFeedToken(models.Model):
    """A private iCal feed of one staff user's appointments (token stored hashed)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appointment_feed_tokens"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("appointment feed link")

    def __str__(self):
        return f"{self.user} ({'revoked' if self.revoked_at else 'active'})"
