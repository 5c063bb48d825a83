"""A walk-in or a phone enquiry, recorded by front-desk staff in two clicks.

It holds no personal data (no name, no number): only where, when, how and,
if staff picked one, about which service. So it needs no retention job;
it is counted in the public figures (figures.counted).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from figures.choices import ContactKind


class ContactRecord(models.Model):
    kind = models.CharField(_("how"), max_length=20, choices=ContactKind)
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    stop = models.ForeignKey(
        "services_catalog.Stop",
        verbose_name=_("mobile-unit stop"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    service = models.ForeignKey(
        "services_catalog.ServicePage",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded on"), default=timezone.now, db_index=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("walk-in or phone enquiry")
        verbose_name_plural = _("walk-ins and phone enquiries")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(branch__isnull=False, stop__isnull=True)
                    | Q(branch__isnull=True, stop__isnull=False)
                ),
                name="contact_record_at_one_place",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.recorded_at:%Y-%m-%d %H:%M}"

    @property
    def place(self):
        return self.branch if self.branch_id else self.stop
