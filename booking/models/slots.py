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
