"""Referrals from partner services, the partners' accounts and their API tokens.

A partner organisation (services_catalog.Organisation) gets user accounts
(`PartnerAccount`) whose only right is to refer a citizen. A `Referral` is
stored before anything else happens, names the place it is referred to (a
branch or a van stop, as an appointment does) and so is seen only by the
centre staff of that place (booking.permissions) and by the partner that
made it. The centre accepts it into something (referrals.outcomes: an
appointment, later a call-back or a home visit), linked by a generic
relation, or returns it with a reason. Its personal fields are emptied by
the hourly housekeeping like an appointment's (referrals.retention).
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking.choices import DeliveryStatus
from booking.models.audit import AUDIT_PERMISSION
from referrals.choices import ReferralStatus
from services_catalog.places import place_id_of_appointment

REFER_PERMISSION = ("refer_citizen", _("Can refer a citizen to the centre"))


class PartnerAccount(models.Model):
    """A user who refers citizens on behalf of a partner organisation (and may do nothing else)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="partner_account",
    )
    organisation = models.ForeignKey(
        "services_catalog.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partner_accounts",
    )

    class Meta:
        verbose_name = _("partner account")
        verbose_name_plural = _("partner accounts")

    def __str__(self):
        return f"{self.user} ({self.organisation})"


class PartnerToken(models.Model):
    """A partner user's API token (`Authorization: Bearer …`), stored only as its hash."""

    account = models.ForeignKey(PartnerAccount, on_delete=models.CASCADE, related_name="tokens")
    label = models.CharField(_("label"), max_length=100, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("made on"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True)

    class Meta:
        verbose_name = _("partner API token")
        verbose_name_plural = _("partner API tokens")

    def __str__(self):
        return self.label or f"token {self.pk}"


class ReferralQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ReferralStatus.PENDING)

    def at_places(self, branches=(), mobile_units=()):
        """Referred to these branches or to the stops of these mobile units
        (the shape booking.permissions.PlaceScope limits querysets by)."""
        return self.filter(Q(branch__in=branches) | Q(stop__mobile_unit__in=mobile_units))

    def due_for_anonymisation(self, at=None, days=None):
        """Decided (or, if never decided, made) more than the retention period ago."""
        days = settings.BOOKING_RETENTION_DAYS if days is None else days
        cutoff = (at or timezone.now()) - datetime.timedelta(days=days)
        return self.filter(anonymised_at__isnull=True).filter(
            Q(decided_at__lt=cutoff) | Q(decided_at__isnull=True, created_at__lt=cutoff)
        )

    def by_last_change(self):
        return self.order_by(Coalesce("decided_at", "created_at").desc(), "-pk")


class Referral(models.Model):
    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    organisation = models.ForeignKey(
        "services_catalog.Organisation",
        verbose_name=_("referred by"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("partner user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    service = models.ForeignKey(
        "services_catalog.ServicePage",
        verbose_name=_("service wanted"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    branch = models.ForeignKey(
        "services_catalog.BranchPage",
        verbose_name=_("branch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    stop = models.ForeignKey(
        "services_catalog.Stop",
        verbose_name=_("mobile-unit stop"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="referrals",
    )

    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("phone"), max_length=20)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language for contact"), max_length=5, choices=settings.LANGUAGES)
    reason = models.TextField(_("reason for the referral"), max_length=1000)
    consent_at = models.DateTimeField(_("consent recorded"))

    status = models.CharField(
        _("status"), max_length=20, choices=ReferralStatus, default=ReferralStatus.PENDING
    )
    created_at = models.DateTimeField(_("made on"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    return_reason = models.TextField(_("why it was returned"), blank=True, max_length=1000)
    # What the referral was accepted into (referrals.outcomes): an appointment, a call-back…
    outcome = models.CharField(_("accepted into"), max_length=30, blank=True)
    outcome_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome_id = models.PositiveBigIntegerField(null=True, blank=True)
    outcome_object = GenericForeignKey("outcome_type", "outcome_id")
    anonymised_at = models.DateTimeField(null=True, blank=True)

    # The e-mail that tells the place's inbox a referral came (referrals.notices): stored
    # with the referral, sent after the commit, retried like the appointments' messages.
    notice_status = models.CharField(
        _("notice to the inbox"), max_length=10, choices=DeliveryStatus, blank=True
    )
    notice_attempts = models.PositiveSmallIntegerField(default=0)
    notice_next_attempt_at = models.DateTimeField(null=True, blank=True)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        default_permissions = ("view", "change")
        permissions = [REFER_PERMISSION]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(branch__isnull=False, stop__isnull=True)
                    | Q(branch__isnull=True, stop__isnull=False)
                ),
                name="referral_at_one_place",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.display_reference

    @property
    def display_reference(self):
        ref = self.reference
        return f"{ref[:4]}-{ref[4:]}" if len(ref) == 8 else ref

    @property
    def place(self):
        return self.branch if self.branch_id else self.stop

    @property
    def place_id(self):
        return place_id_of_appointment(self)


class AuditedReferral(Referral):
    """A referral as the subject of audit entries (its reference is the entry's name)."""

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [AUDIT_PERMISSION]
        verbose_name = _("referral (audit trail)")
        verbose_name_plural = _("referrals (audit trail)")
