"""A citizen's request for a visit at home, and what the centre answered.

The request holds what an appointment does not: the home's address and
municipal community, the reason the citizen cannot come, the best days,
and who asked. Accepted, it points at its `booking.Appointment` (at the
home-visit team: a place kind that is never public); declined, it keeps the
reason the citizen was sent. It is stored before anything is sent, seen
only by the staff of its team (`home_visits.access`), every look at it is
audited (`booking.audit`), and its personal data is emptied on the
appointments' schedule (`home_visits.retention`).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from booking.interpreter_languages import InterpreterLanguage
from home_visits.choices import MessageStatus, Reason, RequestedBy, RequestStatus


class HomeVisitRequestQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=RequestStatus.WAITING)

    def for_teams(self, team_ids):
        return self.filter(team__in=team_ids)


class HomeVisitRequest(models.Model):
    reference = models.CharField(_("reference"), max_length=12, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus, default=RequestStatus.WAITING
    )
    team = models.ForeignKey(
        "services_catalog.HomeVisitTeam",
        verbose_name=_("home-visit team"),
        on_delete=models.PROTECT,
        related_name="requests",
    )
    requested_by = models.CharField(
        _("who asks"), max_length=20, choices=RequestedBy, default=RequestedBy.SELF
    )
    requester_name = models.CharField(_("name of who asks"), max_length=100, blank=True)
    requester_phone = models.CharField(_("phone of who asks"), max_length=20, blank=True)
    organisation = models.CharField(_("partner service"), max_length=150, blank=True)

    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("mobile phone"), max_length=20)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language for contact"), max_length=5, choices=settings.LANGUAGES)
    interpreter_language = models.CharField(
        _("interpreter for"), max_length=8, choices=InterpreterLanguage, blank=True
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason)
    reason_details = models.CharField(_("about the reason"), max_length=500, blank=True)
    address = models.CharField(_("address"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    community = models.ForeignKey(
        "services_catalog.Community",
        verbose_name=_("municipal community"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    best_days = models.CharField(_("best days"), max_length=40, blank=True)  # "mon,wed"
    best_time = models.CharField(_("best time of day"), max_length=100, blank=True)
    consent_at = models.DateTimeField(_("privacy notice accepted"))

    appointment = models.OneToOneField(
        "booking.Appointment",
        verbose_name=_("appointment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="home_visit_request",
    )
    decline_reason = models.CharField(_("reason for declining"), max_length=500, blank=True)
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received on"), auto_now_add=True)
    anonymised_at = models.DateTimeField(_("personal data erased on"), null=True, blank=True)

    objects = HomeVisitRequestQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("home-visit request")
        verbose_name_plural = _("home-visit requests")
        indexes = [models.Index(fields=["status", "team"])]

    def __str__(self):
        return self.display_reference

    @property
    def display_reference(self):
        return (
            f"{self.reference[:4]}-{self.reference[4:]}"
            if len(self.reference) == 8
            else self.reference
        )

    @property
    def best_day_list(self):
        return [day for day in self.best_days.split(",") if day]


class HomeVisitMessage(models.Model):
    """One text message to the citizen about their request, and what became of it.

    Holds no personal data (no number, no text): the text is rebuilt from the
    request, whose decline reason was stored before the message was sent. A
    failed attempt is tried again like an appointment's messages
    (BOOKING_NOTIFICATION_RETRY_DELAYS, BOOKING_NOTIFICATION_MAX_ATTEMPTS).
    """

    request = models.ForeignKey(HomeVisitRequest, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=20, default="declined")
    status = models.CharField(
        _("status"), max_length=10, choices=MessageStatus, default=MessageStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["request", "kind"], name="home_visit_message_once")
        ]
        verbose_name = _("message about a home visit")
        verbose_name_plural = _("messages about home visits")

    def __str__(self):
        return f"{self.request_id} {self.kind} {self.status}"


class AuditedHomeVisitRequest(HomeVisitRequest):
    """A request as the subject of audit entries (booking.audit; its reference names it)."""

    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = _("home-visit request (audit trail)")
        verbose_name_plural = _("home-visit requests (audit trail)")
