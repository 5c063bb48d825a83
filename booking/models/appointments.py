"""An appointment of a citizen at a branch, at a van stop or at home (a home visit)."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking import interpreter_languages
from booking.choices import HOLDING_STATUSES, Channel, Status
from booking.interpreter_languages import InterpreterLanguage
from services_catalog.places import PLACE_KINDS, place_id_of_appointment


class AppointmentQuerySet(models.QuerySet):
    """Time rules of appointments; `at=` pins the clock in tests."""

    def holding(self):
        """Appointments that hold a place (all but cancelled ones)."""
        return self.filter(status__in=HOLDING_STATUSES)

    def active(self, at=None):
        """Booked and still to come."""
        return self.filter(status=Status.BOOKED, end__gt=at or timezone.now())

    def for_phone(self, phone):
        return self.filter(phone=phone)

    def due_for_reminder(self, at=None):
        """Booked, starting within the next 24 to 36 hours, not reminded yet.

        Run hourly, this reminds every citizen once, the day before.
        """
        at = at or timezone.now()
        return self.filter(
            status=Status.BOOKED,
            reminder_sent_at__isnull=True,
            start__gt=at + datetime.timedelta(hours=12),
            start__lte=at + datetime.timedelta(hours=36),
        )

    def due_for_anonymisation(self, at=None, days=None):
        """Ended more than the retention period ago and still holding personal data."""
        days = settings.BOOKING_RETENTION_DAYS if days is None else days
        at = at or timezone.now()
        return self.filter(anonymised_at__isnull=True, end__lt=at - datetime.timedelta(days=days))

    def at_places(self, branches=(), mobile_units=(), home_visit_teams=()):
        """Appointments at these branches, at the stops of these mobile units, or home
        visits of these teams."""
        return self.filter(
            Q(branch__in=branches)
            | Q(stop__mobile_unit__in=mobile_units)
            | Q(home_team__in=home_visit_teams)
        )


class Appointment(models.Model):
    reference = models.CharField(_("reference"), max_length=12, unique=True)
    manage_token_hash = models.CharField(max_length=64, db_index=True, editable=False)
    submission_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    service = models.ForeignKey(
        "services_catalog.ServicePage",
        verbose_name=_("service"),
        on_delete=models.PROTECT,
        related_name="appointments",
    )
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="appointments",
    )
    stop = models.ForeignKey(
        "services_catalog.Stop",
        verbose_name=_("mobile-unit stop"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="appointments",
    )
    home_team = models.ForeignKey(
        "services_catalog.HomeVisitTeam",
        verbose_name=_("home-visit team"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="appointments",
    )
    window_key = models.CharField(max_length=60, editable=False)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.BOOKED)
    channel = models.CharField(_("made"), max_length=20, choices=Channel, default=Channel.WEB)

    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("mobile phone"), max_length=20)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language for contact"), max_length=5, choices=settings.LANGUAGES)
    interpreter_needed = models.BooleanField(_("needs an interpreter"), default=False)
    interpreter_language = models.CharField(
        _("interpreter for"), max_length=8, choices=InterpreterLanguage, blank=True
    )
    interpreter_language_other = models.CharField(
        _("interpreter for (another language)"), max_length=60, blank=True
    )
    accessibility_needs = models.CharField(_("accessibility needs"), max_length=300, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    consent_at = models.DateTimeField(_("privacy notice accepted"))

    created_at = models.DateTimeField(_("made on"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by staff"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(branch__isnull=False, stop__isnull=True, home_team__isnull=True)
                    | Q(branch__isnull=True, stop__isnull=False, home_team__isnull=True)
                    | Q(branch__isnull=True, stop__isnull=True, home_team__isnull=False)
                ),
                name="appointment_at_one_place",
            ),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="appointment_ends_after_start"
            ),
        ]
        indexes = [
            models.Index(fields=["phone", "status"]),
            models.Index(fields=["start"]),
        ]
        permissions = [
            ("export_appointment", _("Can export appointments")),
            ("manage_citizen_data", _("Can export or erase a citizen's data")),
        ]

    def __str__(self):
        return self.display_reference

    @property
    def place(self):
        for spec in PLACE_KINDS.values():
            if getattr(self, f"{spec.appointment_field}_id"):
                return getattr(self, spec.appointment_field)
        return None

    @property
    def place_id(self):
        return place_id_of_appointment(self)

    @property
    def place_name(self):
        return self.place.display_name

    @property
    def interpreter_language_label(self):
        """The interpreter's language in the active language ("" when none is needed)."""
        if not self.interpreter_needed:
            return ""
        return interpreter_languages.label(
            self.interpreter_language, self.interpreter_language_other
        )

    @property
    def display_reference(self):
        """ "KX47-MT9A": easier to read out on the phone than eight letters in a row."""
        return (
            f"{self.reference[:4]}-{self.reference[4:]}"
            if len(self.reference) == 8
            else self.reference
        )

    @property
    def is_active(self):
        return self.status == Status.BOOKED and self.end > timezone.now()
