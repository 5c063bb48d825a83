"""How full each few minutes of an open window are: the booking invariant's ledger."""

from django.db import models
from django.db.models import F, Q


class SlotUsage(models.Model):
    """Appointments held in one grid cell (e.g. 5 minutes) of one window.

    An appointment of 30 minutes holds six consecutive cells; a branch's
    staff capacity is shared by every service, whatever its length. Booking
    locks the cells (SELECT … FOR UPDATE, in start order so two bookings
    never deadlock), checks them against the window's capacity and
    increments them in one transaction; the CHECK constraint below makes the
    database itself refuse a cell fuller than its capacity.
    """

    window_key = models.CharField(max_length=60)
    start = models.DateTimeField()
    capacity = models.PositiveSmallIntegerField()
    booked = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["window_key", "start"], name="slot_usage_unique_cell"),
            models.CheckConstraint(
                condition=Q(booked__lte=F("capacity")), name="slot_usage_within_capacity"
            ),
        ]
        indexes = [models.Index(fields=["start", "window_key"])]

    def __str__(self):
        return f"{self.window_key} {self.start:%Y-%m-%d %H:%M} {self.booked}/{self.capacity}"


class SlotUsageDay(models.Model):
    """One appointment window's ledger cells of one UTC day, packed: derived from
    `SlotUsage` in the same transaction, so free slots read ~3,650 rows instead of
    ~189,000 (`booking.ledger_days` says why and how; PostgreSQL only)."""

    window_key = models.CharField(max_length=60)
    day = models.IntegerField(help_text="UTC days since 1970-01-01")
    # From a sequence: a new number at every change, never reused.
    version = models.BigIntegerField()
    # Two bytes (big-endian) per grid cell of the day.
    cells = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["window_key", "day"], name="slot_usage_day_unique"),
        ]
        # What free slots compare (the days asked for, each sheet's version) without
        # reading the sheets themselves: an index-only scan.
        indexes = [
            models.Index(
                fields=["day", "window_key"],
                include=["version", "id"],
                name="slot_usage_day_versions",
            )
        ]

    def __str__(self):
        return f"{self.window_key} day {self.day} v{self.version}"
