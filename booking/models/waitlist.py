"""The waiting list: people who asked for a time when none was free, and the offers
of freed times made to them.

An entry is one person waiting for one service at one place (the place id of
`services_catalog.places`, e.g. "branch-3", so any kind of place fits). An
offer is one freed slot proposed to one entry, by a private time-limited link;
(entry, slot) is unique, so nobody is offered the same slot twice whatever
runs the offering at the same time. Personal data (name, phone, e-mail) lives
on the entry only and is emptied BOOKING_RETENTION_DAYS after the entry closes,
like an appointment's (`booking.retention`).
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking.choices import EntryStatus, OfferStatus


class WaitlistEntryQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=EntryStatus.WAITING)

    def for_pair(self, service, place_id):
        return self.filter(service=service, place_id=place_id)

    def at_place_ids(self, place_ids):
        """Entries at these places (None: everywhere)."""
        return self if place_ids is None else self.filter(place_id__in=place_ids)

    def in_order(self):
        """First come, first served."""
        return self.order_by("created_at", "pk")

    def stale(self, at=None):
        """Waiting for longer than BOOKING_WAITLIST_DAYS: the list does not grow old."""
        at = at or timezone.now()
        return self.waiting().filter(
            created_at__lt=at - datetime.timedelta(days=settings.BOOKING_WAITLIST_DAYS)
        )

    def due_for_anonymisation(self, at=None, days=None):
        """Closed more than the retention period ago and still holding personal data."""
        days = settings.BOOKING_RETENTION_DAYS if days is None else days
        at = at or timezone.now()
        return self.filter(
            anonymised_at__isnull=True,
            closed_at__lt=at - datetime.timedelta(days=days),
        ).exclude(status=EntryStatus.WAITING)


class WaitlistEntry(models.Model):
    service = models.ForeignKey(
        "services_catalog.ServicePage",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="waitlist_entries",
    )
    place_id = models.CharField(_("place"), max_length=30)
    status = models.CharField(
        _("status"), max_length=10, choices=EntryStatus, default=EntryStatus.WAITING
    )
    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("mobile phone"), max_length=20)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language for contact"), max_length=5, choices=settings.LANGUAGES)
    consent_at = models.DateTimeField(_("privacy notice accepted"))
    leave_token_hash = models.CharField(max_length=64, db_index=True, editable=False)
    appointment = models.ForeignKey(
        "booking.Appointment",
        verbose_name=_("appointment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("joined on"), default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    objects = WaitlistEntryQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("waiting-list entry")
        verbose_name_plural = _("waiting-list entries")
        indexes = [models.Index(fields=["service", "place_id", "status", "created_at"])]
        constraints = [
            # One place in the queue per phone number, service and place.
            models.UniqueConstraint(
                fields=["service", "place_id", "phone"],
                condition=Q(status="waiting"),
                name="waitlist_one_entry_per_phone",
            )
        ]

    def __str__(self):
        return f"{self.service_id} {self.place_id} #{self.pk} {self.status}"


class WaitlistOfferQuerySet(models.QuerySet):
    def open(self, at=None):
        """Sent and still answerable: they hold a seat's offer until they expire."""
        return self.filter(status=OfferStatus.OPEN, expires_at__gt=at or timezone.now())

    def expired(self, at=None):
        return self.filter(status=OfferStatus.OPEN, expires_at__lte=at or timezone.now())


class WaitlistOffer(models.Model):
    entry = models.ForeignKey(
        WaitlistEntry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="offers"
    )
    slot_key = models.CharField(max_length=80)
    start = models.DateTimeField(_("start"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # book()'s submission id: a double click on "Book it" books once.
    submission_id = models.UUIDField(unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=OfferStatus, default=OfferStatus.OPEN
    )
    sent_by = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(_("answer by"))
    answered_at = models.DateTimeField(null=True, blank=True)

    objects = WaitlistOfferQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("waiting-list offer")
        verbose_name_plural = _("waiting-list offers")
        constraints = [
            # Each person is offered each freed slot at most once.
            models.UniqueConstraint(fields=["entry", "slot_key"], name="waitlist_offer_once")
        ]
        indexes = [models.Index(fields=["status", "expires_at"])]

    def __str__(self):
        return f"{self.entry_id} {self.slot_key} {self.status}"
