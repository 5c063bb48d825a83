"""Writing many appointments at once, with the ledger rows booking would have left.

`reservations.book` takes one slot at a time under row locks: right for
citizens, minutes for the 200,000 appointments of the regional data set
(`manage.py load_regional_data`) or a benchmark. `bulk_book` inserts
prepared appointments in batches and adds every holding appointment's grid
cells to the ledger (`SlotUsage`): the same counts `book` would have left.
A cell that would go over its window's capacity makes it raise, and the
transaction it runs in writes nothing; the ledger's CHECK constraint would
refuse it anyway. Only for loading data while nobody books.

On PostgreSQL the rows go in with COPY (several times faster than the
ORM's `bulk_create`, which matters at 200,000 appointments and a million
ledger cells); elsewhere with executemany. Neither sends model signals. The
ledger's day sheets (`booking.ledger_days`) are then rewritten from the ledger.
"""

import collections
import enum
import itertools

from django.db import connection, transaction
from django.utils import timezone

from booking import ledger_days
from booking.choices import HOLDING_STATUSES
from booking.models import Appointment, SlotUsage
from booking.slots import grid_cells

BATCH_SIZE = 2000


class OverCapacity(ValueError):
    """The appointments given would put a grid cell over its window's capacity."""


@transaction.atomic
def bulk_book(appointments, capacities, *, batch_size=BATCH_SIZE):
    """Insert unsaved `appointments` (any iterable) and add the holding ones to the ledger.

    `capacities` maps each window key to its capacity. Returns how many
    appointments were written. Raises OverCapacity (nothing written) when a
    cell would hold more than its capacity.
    """
    cells = collections.Counter()
    written = 0
    iterator = iter(appointments)
    while batch := list(itertools.islice(iterator, batch_size)):
        for appointment in batch:
            if appointment.status in HOLDING_STATUSES:
                for cell in grid_cells(appointment.start, appointment.end):
                    cells[(appointment.window_key, cell)] += 1
        insert(Appointment, batch)
        written += len(batch)
    _add_to_ledger(cells, capacities, batch_size)
    # The day sheets of the free-slot pages, rewritten from the ledger where it changed.
    ledger_days.repair()
    return written


def _add_to_ledger(cells, capacities, batch_size):
    if not cells:
        return
    keys = {key for key, _cell in cells}
    starts = [cell for _key, cell in cells]
    existing = {
        (row.window_key, row.start): row
        for row in SlotUsage.objects.filter(
            window_key__in=keys, start__range=(min(starts), max(starts))
        )
    }
    new_rows, changed = [], []
    for (key, cell), booked in cells.items():
        capacity = capacities[key]
        row = existing.get((key, cell))
        total = booked + (row.booked if row else 0)
        if total > capacity:
            raise OverCapacity(f"{key} at {cell:%Y-%m-%d %H:%M}: {total} > {capacity}")
        if row is None:
            new_rows.append(SlotUsage(window_key=key, start=cell, capacity=capacity, booked=total))
        else:
            row.booked, row.capacity = total, capacity
            changed.append(row)
    insert(SlotUsage, new_rows, batch_size=batch_size)
    SlotUsage.objects.bulk_update(changed, ["booked", "capacity"], batch_size=batch_size)


def insert(model, objects, *, batch_size=BATCH_SIZE):
    """Insert unsaved `objects` of `model` without the ORM's per-field work.

    An auto_now(_add) date left empty is now, as on any INSERT; one already
    set is kept, so a loader can write history. Meant for models of plain
    fields (text, numbers, dates, foreign keys): values go to the driver as
    they are. Primary keys are not set on the objects.
    """
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    automatic = [getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) for f in fields]
    names = [f.attname for f in fields]
    now = timezone.now()

    def row(obj):
        values = []
        for name, auto in zip(names, automatic, strict=True):
            value = getattr(obj, name)
            if value is None and auto:
                value = now
            elif isinstance(value, enum.Enum):
                value = value.value
            values.append(value)
        return values

    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(f.column) for f in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for obj in objects:
                    copy.write_row(row(obj))
            return
        placeholders = ", ".join(["%s"] * len(fields))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
        iterator = iter(objects)
        while batch := list(itertools.islice(iterator, batch_size)):
            cursor.executemany(
                sql,
                [
                    [
                        f.get_db_prep_save(v, connection)
                        for f, v in zip(fields, row(obj), strict=True)
                    ]
                    for obj in batch
                ],
            )
