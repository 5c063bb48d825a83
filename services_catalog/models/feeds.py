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
        signatures = {key: cls.signature_of(parts) for key, parts in parts_by_key.items()}
        return cls.record_signatures(signatures, now=now)

    @classmethod
    def record_signatures(cls, signatures, *, now=None):
        """`record_many` with each event's signature already worked out (`signature_of`).

        The SELECT reads plain rows, not model instances: a regional feed
        asks about a thousand and a half events on every build.
        """
        now = now or timezone.now()
        fields = ("key", "pk", "signature", "sequence", "changed_at")
        known = {row[0]: row for row in cls.objects.filter(key__in=signatures).values_list(*fields)}
        new = [
            cls(key=key, signature=signature, changed_at=now)
            for key, signature in signatures.items()
            if key not in known
        ]
        if new:
            cls.objects.bulk_create(new, ignore_conflicts=True)
            known.update(
                {
                    row[0]: row
                    for row in cls.objects.filter(key__in=[n.key for n in new]).values_list(*fields)
                }
            )
        versions = {}
        for key, signature in signatures.items():
            _key, pk, stored, sequence, changed_at = known[key]
            if stored != signature:
                cls.objects.filter(pk=pk).exclude(signature=signature).update(
                    signature=signature, sequence=F("sequence") + 1, changed_at=now
                )
                sequence, changed_at = (
                    cls.objects.filter(pk=pk).values_list("sequence", "changed_at").get()
                )
            versions[key] = (sequence, changed_at)
        return versions
