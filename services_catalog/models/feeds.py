"""Bookkeeping for iCal feeds: SEQUENCE and LAST-MODIFIED of each event."""

import hashlib

from django.db import models
from django.db.models import F
from django.utils import timezone


class FeedVersion(models.Model):
    """The version of one exported VEVENT (a window, or an extra date).

    Kept apart from the page tree so that publishing an old revision
    cannot roll a sequence number back. `record_many()` bumps `sequence` and
    `changed_at` only when the event's content signature changes, in one
    conditional UPDATE, so concurrent requests cannot bump it twice.
    """

    key = models.CharField(max_length=80, unique=True)
    signature = models.CharField(max_length=64)
    sequence = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField()

    def __str__(self):
        return f"{self.key} #{self.sequence}"

    @staticmethod
    def signature_of(parts):
        return hashlib.sha256(repr(parts).encode()).hexdigest()

    @classmethod
    def record_many(cls, parts_by_key, *, now=None):
        """{key: (sequence, changed_at)} for many events in a bounded number of queries.

        One SELECT, one bulk INSERT for events never seen, and one conditional
        UPDATE per event whose content changed (rare: an editor's change).
        """
        now = now or timezone.now()
        signatures = {key: cls.signature_of(parts) for key, parts in parts_by_key.items()}
        known = {v.key: v for v in cls.objects.filter(key__in=signatures)}
        new = [
            cls(key=key, signature=signature, changed_at=now)
            for key, signature in signatures.items()
            if key not in known
        ]
        if new:
            cls.objects.bulk_create(new, ignore_conflicts=True)
            known.update({v.key: v for v in cls.objects.filter(key__in=[n.key for n in new])})
        for key, signature in signatures.items():
            version = known[key]
            if version.signature != signature:
                cls.objects.filter(pk=version.pk).exclude(signature=signature).update(
                    signature=signature, sequence=F("sequence") + 1, changed_at=now
                )
                version.refresh_from_db()
        return {key: (known[key].sequence, known[key].changed_at) for key in signatures}
