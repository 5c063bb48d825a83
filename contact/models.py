"""A message sent with a place's contact form (or the general one).

Stored first: the message is saved before any e-mail is tried, and
delivered to the place's inbox by a background task with retries
(`contact.delivery`, through `booking.deliveries`); a message whose
delivery failed stays listed for the staff of its place, marked "not
delivered" (the admin list), so nothing is lost when the mail server is
down. Seen only by the staff of its place
(`contact.permissions`), emptied of personal data after
BOOKING_RETENTION_DAYS like appointments (`contact.retention`).

Its place is a branch or a mobile unit (a stop's message goes to its van);
neither means the general inbox (site settings), seen by staff who work
everywhere.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking.choices import DeliveryStatus
from booking.deliveries import failing_q
from contact.choices import MessageStatus, Topic


class ContactMessageQuerySet(models.QuerySet):
    def at_places(self, branches=(), mobile_units=()):
        return self.filter(Q(branch__in=branches) | Q(mobile_unit__in=mobile_units))

    def undelivered(self):
        """Given up, or failed at least once and waiting for a retry: what staff should see."""
        return self.filter(failing_q("delivery_status", "delivery_attempts"))

    def due_for_anonymisation(self, at=None, days=None):
        days = settings.BOOKING_RETENTION_DAYS if days is None else days
        at = at or timezone.now()
        return self.filter(
            anonymised_at__isnull=True, created_at__lt=at - datetime.timedelta(days=days)
        )


class ContactMessage(models.Model):
    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic, default=Topic.QUESTION)
    message = models.TextField(_("message"), max_length=2000)
    language = models.CharField(_("language for contact"), max_length=5, choices=settings.LANGUAGES)

    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mobile_unit = models.ForeignKey(
        "services_catalog.MobileUnitPage",
        verbose_name=_("mobile unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    status = models.CharField(
        _("status"), max_length=10, choices=MessageStatus, default=MessageStatus.NEW
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    delivery_status = models.CharField(
        _("delivery to the inbox"),
        max_length=10,
        choices=DeliveryStatus,
        default=DeliveryStatus.PENDING,
    )
    delivery_attempts = models.PositiveSmallIntegerField(default=0)
    delivery_next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivery_error = models.CharField(max_length=100, blank=True)

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        constraints = [
            models.CheckConstraint(
                condition=Q(branch__isnull=True) | Q(mobile_unit__isnull=True),
                name="contact_message_at_most_one_place",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return _("Contact message %(number)s") % {"number": self.pk}

    @property
    def place(self):
        return self.branch or self.mobile_unit

    @property
    def undelivered(self):
        return self.delivery_status == DeliveryStatus.FAILED or (
            self.delivery_status == DeliveryStatus.PENDING and self.delivery_attempts > 0
        )


class AuditedContactMessage(ContactMessage):
    """A contact message as the subject of audit entries (booking.audit's trail)."""

    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = _("contact message (audit trail)")
        verbose_name_plural = _("contact messages (audit trail)")
