"""One message to a citizen on one channel, and what became of it.

Each channel (e-mail, text message) of each notification is its own
delivery, sent in its own attempt: a mail server that is down no longer
stops the text message, and a failed delivery is retried with backoff
(booking.deliveries). Nothing personal is stored here — no address, no
number, no manage token, and `last_error` holds only the exception's class
name — so deliveries need no anonymising of their own.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from booking import deliveries
from booking.choices import DeliveryStatus, NotificationChannel, NotificationKind


class NotificationDeliveryQuerySet(models.QuerySet):
    def failing(self):
        """Given up, or failed at least once and waiting for a retry: what staff should see."""
        return self.filter(failing_q())


def failing_q(prefix=""):
    return deliveries.failing_q(f"{prefix}status", f"{prefix}attempts")


class NotificationDelivery(models.Model):
    appointment = models.ForeignKey(
        "booking.Appointment",
        verbose_name=_("appointment"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    kind = models.CharField(_("message"), max_length=20, choices=NotificationKind.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=NotificationChannel.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=100, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = NotificationDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("message to a citizen")
        verbose_name_plural = _("messages to citizens")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(status="pending"),
                name="delivery_pending_due",
            )
        ]

    def __str__(self):
        return f"{self.appointment_id} {self.kind} {self.channel} {self.status}"
