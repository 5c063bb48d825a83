"""A citizen's request to be called back: a door into the centre besides online booking.

Stored before anything is sent (the text message that says it arrived goes
out after the commit, `callbacks.tasks`), seen only by the staff of its
place (`callbacks.permissions`), and emptied of personal data after
BOOKING_RETENTION_DAYS like appointments (`callbacks.retention`). The place
is a branch or a van stop, written with the same fields as an appointment
(`services_catalog.places.appointment_place_fields`); a request for no place
in particular goes to staff who work everywhere.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking.choices import DeliveryStatus
from callbacks.choices import OPEN_STATUSES, BestTime, CallbackStatus
from services_catalog.places import place_id_of_appointment


class CallbackRequestQuerySet(models.QuerySet):
    def open(self):
        """Still in the queue: not resolved, and still holding the caller's details."""
        return self.filter(status__in=OPEN_STATUSES, anonymised_at__isnull=True)

    def at_places(self, branches=(), mobile_units=()):
        """Requests for these branches or for the stops of these mobile units."""
        return self.filter(Q(branch__in=branches) | Q(stop__mobile_unit__in=mobile_units))

    def longest_waiting_first(self):
        return self.order_by("created_at", "pk")

    def due_for_anonymisation(self, at=None, days=None):
        """Made more than the retention period ago and still holding personal data."""
        days = settings.BOOKING_RETENTION_DAYS if days is None else days
        at = at or timezone.now()
        return self.filter(
            anonymised_at__isnull=True, created_at__lt=at - datetime.timedelta(days=days)
        )


class CallbackRequest(models.Model):
    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("phone"), max_length=20)
    language = models.CharField(_("language for contact"), max_length=5, choices=settings.LANGUAGES)
    best_time = models.CharField(
        _("best time to call"), max_length=12, choices=BestTime, default=BestTime.ANY
    )
    interpreter_needed = models.BooleanField(_("needs an interpreter"), default=False)
    topic = models.CharField(_("topic"), max_length=300, blank=True)

    service = models.ForeignKey(
        "services_catalog.ServicePage",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    stop = models.ForeignKey(
        "services_catalog.Stop",
        verbose_name=_("mobile-unit stop"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    status = models.CharField(
        _("status"), max_length=12, choices=CallbackStatus, default=CallbackStatus.WAITING
    )
    attempts = models.PositiveSmallIntegerField(_("call attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last call attempt"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    appointment = models.ForeignKey(
        "booking.Appointment",
        verbose_name=_("appointment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The text message that says the request arrived (none for a landline: "").
    sms_status = models.CharField(
        _("text message"), max_length=10, choices=DeliveryStatus, blank=True
    )
    sms_attempts = models.PositiveSmallIntegerField(default=0)
    sms_next_attempt_at = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    objects = CallbackRequestQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("call-back request")
        verbose_name_plural = _("call-back requests")
        constraints = [
            models.CheckConstraint(
                condition=Q(branch__isnull=True) | Q(stop__isnull=True),
                name="callback_at_most_one_place",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return _("Call-back request %(number)s") % {"number": self.pk}

    @property
    def place(self):
        return self.branch if self.branch_id else self.stop

    @property
    def place_id(self):
        return place_id_of_appointment(self)


class AuditedCallbackRequest(CallbackRequest):
    """A call-back request as the subject of audit entries (booking.audit's trail)."""

    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = _("call-back request (audit trail)")
        verbose_name_plural = _("call-back requests (audit trail)")
