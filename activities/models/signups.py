"""Sessions, sign-ups and the seats they hold.

A `Session` row is made the first time something happens to one dated
session of an activity (a sign-up, the roster, a cancellation); the dates
themselves come from the activity's schedule (`activities.sessions`). The
number of seats taken lives in booking's ledger (`SlotUsage`, one cell per
session under the activity's key), where a database CHECK keeps it within
the activity's places; `Seat` says which sign-up holds seats in which
session, and how many of them came.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from activities.choices import MessageKind, SignUpStatus
from booking.choices import Channel, DeliveryStatus, NotificationChannel
from booking.interpreter_languages import InterpreterLanguage


class Session(models.Model):
    """One dated session of an activity, once anything has happened to it."""

    activity = models.ForeignKey(
        "activities.ActivityPage",
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    cancel_reason = models.CharField(_("reason shown to citizens"), max_length=200, blank=True)
    participants_told_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["start"]
        constraints = [
            models.UniqueConstraint(fields=["activity", "start"], name="activity_session_unique")
        ]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.activity_id} {self.start:%Y-%m-%d %H:%M}"


class SignUpQuerySet(models.QuerySet):
    def holding(self):
        """Signed up (not waiting, not cancelled): what holds seats."""
        return self.filter(status=SignUpStatus.CONFIRMED)

    def waiting(self):
        """On the waiting list, first come first."""
        return self.filter(status=SignUpStatus.WAITING).order_by("created_at", "pk")


class SignUp(models.Model):
    """One person's sign-up (for themself and the people with them) to an activity."""

    reference = models.CharField(_("reference"), max_length=12, unique=True)
    manage_token_hash = models.CharField(max_length=64, db_index=True, editable=False)
    submission_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    activity = models.ForeignKey(
        "activities.ActivityPage",
        verbose_name=_("activity"),
        on_delete=models.PROTECT,
        related_name="sign_ups",
    )
    # The session asked for (per-session places); empty for a series sign-up.
    session = models.ForeignKey(
        Session, null=True, blank=True, on_delete=models.PROTECT, related_name="asked_by"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=SignUpStatus, default=SignUpStatus.CONFIRMED
    )
    channel = models.CharField(_("made"), max_length=20, choices=Channel, default=Channel.WEB)
    party_size = models.PositiveSmallIntegerField(_("people"), default=1)
    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("mobile phone"), max_length=20)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language for contact"), max_length=5, choices=settings.LANGUAGES)
    interpreter_needed = models.BooleanField(_("needs an interpreter"), default=False)
    interpreter_language = models.CharField(
        _("interpreter language"), max_length=10, choices=InterpreterLanguage, blank=True
    )
    interpreter_language_other = models.CharField(
        _("other interpreter language"), max_length=60, blank=True
    )
    accessibility_needs = models.CharField(_("accessibility needs"), max_length=300, blank=True)
    consent_at = models.DateTimeField(_("privacy notice accepted"))
    created_at = models.DateTimeField(_("made on"), auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SignUpQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["activity", "status", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(party_size__gte=1, party_size__lte=10),
                name="activity_sign_up_party_size",
            )
        ]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")

    def __str__(self):
        return self.reference


class Seat(models.Model):
    """A sign-up's places in one session, and how many of its people came."""

    sign_up = models.ForeignKey(SignUp, on_delete=models.CASCADE, related_name="seats")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="seats")
    attended = models.PositiveSmallIntegerField(_("came"), null=True, blank=True)
    marked_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["sign_up", "session"], name="activity_seat_unique")
        ]

    def __str__(self):
        return f"{self.sign_up_id} @ {self.session_id}"


class AuditedSignUp(SignUp):
    """A sign-up as the subject of audit entries (booking.audit's trail)."""

    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = _("activity sign-up (audit trail)")
        verbose_name_plural = _("activity sign-ups (audit trail)")


class ActivityMessage(models.Model):
    """One message to one sign-up on one channel, stored before it is sent.

    Sent by `activities.messages` through booking's one delivery mechanism
    (`booking.deliveries`: claimed once, retried, swept), so a provider that
    is down loses nothing. The private link's token is never stored: it
    reaches only the first attempt. A reminder or a session's cancellation
    is stored once per sign-up, session and channel (the constraint), however
    often the housekeeping or a cancellation runs; a message from staff once per
    sign-up, channel and submission of the staff's form.
    """

    sign_up = models.ForeignKey(SignUp, on_delete=models.CASCADE, related_name="messages")
    session = models.ForeignKey(
        Session, null=True, blank=True, on_delete=models.CASCADE, related_name="messages"
    )
    kind = models.CharField(_("message"), max_length=20, choices=MessageKind)
    channel = models.CharField(_("channel"), max_length=10, choices=NotificationChannel)
    # Only for a message from staff to a session's participants (no personal data).
    text = models.CharField(_("text"), max_length=300, blank=True)
    # The staff form's submission id: the same form sent twice (a double click, a
    # second tab, a resubmit) tells nobody twice (the constraint).
    submission_id = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=100, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="pending"),
                name="activity_message_due",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["sign_up", "session", "kind", "channel"],
                condition=models.Q(kind__in=["reminder", "session_cancelled"]),
                name="activity_message_once_per_session",
            ),
            models.UniqueConstraint(
                fields=["submission_id", "sign_up", "channel"],
                condition=models.Q(submission_id__isnull=False),
                name="activity_message_once_per_submission",
            ),
        ]
        verbose_name = _("activity message")
        verbose_name_plural = _("activity messages")

    def __str__(self):
        return f"{self.sign_up_id} {self.kind} {self.channel} {self.status}"
