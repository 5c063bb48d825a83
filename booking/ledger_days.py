"""The ledger's day sheets: each appointment window's cells of one UTC day, packed in one row.

Why: the free slots of a service over 8 weeks need, for every slot, its
fullest cell. Read from the ledger (`SlotUsage`, one row per 5-minute cell)
that is ~189,000 rows for the widest service of the regional data set
(200,000 appointments): 400–650 ms however the query is written (a hash join
instead of the merge join that sorts on disk saves 30 %; no index makes 189,000
rows cheap). A day sheet (`SlotUsageDay`) holds the same counts as one row per
(window, UTC day): ~3,650 rows for that service, and a number (`version`, from
a sequence, never reused) that changes whenever the row does. A process keeps
what it has read (per slot grid, `booking.slots`), so a read asks only for the
sheets whose version changed since: one query of ~3,650 index look-ups that
returns nothing when nothing was booked meanwhile (measured: see README,
"What is kept between requests").

Alternatives measured and not chosen: the same sheets read in full at every
request (24 ms for the rows, 24 ms more to take each slot's maximum in Python);
`smallint[]` instead of `bytea` (arrays are parsed element by element: 100–200 ms);
the whole answer kept in Redis under a ledger version bumped on every commit
(one booking anywhere makes every service's next read cost the full 650 ms
again, and it needs Redis).

Derived, never the source of truth: the ledger's cells (`SlotUsage`, with its
CHECK constraint) decide whether a booking fits; a sheet only says what the
free-slot pages show. Each sheet is changed in the same transaction as its
cells (`record`, called by `booking.reservations` after the cells are locked
and changed, and by `booking.bulk`), so it never disagrees with them once
committed. `check()` compares them; `repair()` (`manage.py repair_ledger_days`)
rewrites the sheets from the ledger.

Locks: a transaction takes its cells first (one statement, in (window, start)
order), then its sheets (one statement, in (window, day) order): a transaction
waiting for a cell holds no sheet, and waits for sheets are in one global order,
so no two transactions wait on each other in a circle. Every appointment
transaction changes the ledger once (book, cancel, move). Activities' seats
(`activities.seats`, several ledger changes in one transaction when a place
freed goes to the waiting list) have no sheets: only appointment windows
(`services_catalog.places` window keys) do, and free slots read only them.

A sheet is `bytea`: two bytes (big-endian) per grid cell of the UTC day, the
cell of a start at `seconds of the day // (BOOKING_GRID_MINUTES · 60)`. A cell
off that lattice (a window opening at 09:02) is counted in the cell it falls
in; grids whose slots are off the lattice are read from the ledger
(`booking.slots`). Changing BOOKING_GRID_MINUTES needs `repair`.

PostgreSQL only (two functions in migration 0010). On SQLite (`make run`)
nothing is written and the free slots count the ledger's cells in Python.
"""

import array
import sys

from django.conf import settings
from django.db import connection, transaction

from booking.models import SlotUsage, SlotUsageDay
from services_catalog.places import PLACE_KINDS, parse_window_key

DAY = 86400

# Migration 0010 creates these (PostgreSQL). `booking_ledger_cells_add(sheet, cells,
# deltas, width)`: the sheet (zeros when NULL) with each delta added to its cell, never
# below 0. `booking_ledger_days_add(keys, days, cells, deltas, width)`: every sheet
# named, created when missing, changed one by one in (window, day) order.
FUNCTIONS_SQL = """
CREATE SEQUENCE IF NOT EXISTS booking_slotusageday_version;
CREATE OR REPLACE FUNCTION booking_ledger_cells_add(
    sheet bytea, cells integer[], deltas integer[], width integer
) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    i integer;
    v integer;
BEGIN
    IF sheet IS NULL THEN
        sheet := decode(repeat('00', 2 * width), 'hex');
    END IF;
    FOR i IN 1 .. coalesce(array_length(cells, 1), 0) LOOP
        v := get_byte(sheet, 2 * cells[i]) * 256 + get_byte(sheet, 2 * cells[i] + 1) + deltas[i];
        v := least(greatest(v, 0), 65535);
        sheet := set_byte(set_byte(sheet, 2 * cells[i], v >> 8), 2 * cells[i] + 1, v & 255);
    END LOOP;
    RETURN sheet;
END $$;
CREATE OR REPLACE FUNCTION booking_ledger_days_add(
    keys text[], days integer[], cells integer[], deltas integer[], width integer
) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    r record;
    n integer := 0;
BEGIN
    FOR r IN
        SELECT k, d, array_agg(c ORDER BY c) AS cs, array_agg(x ORDER BY c) AS xs
        FROM unnest(keys, days, cells, deltas) AS u(k, d, c, x)
        GROUP BY k, d ORDER BY k, d
    LOOP
        INSERT INTO booking_slotusageday AS s (window_key, day, version, cells)
        VALUES (r.k, r.d, nextval('booking_slotusageday_version'),
                booking_ledger_cells_add(NULL, r.cs, r.xs, width))
        ON CONFLICT (window_key, day) DO UPDATE
            SET version = excluded.version,
                cells = booking_ledger_cells_add(s.cells, r.cs, r.xs, width);
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;
"""

DROP_FUNCTIONS_SQL = """
DROP FUNCTION IF EXISTS booking_ledger_days_add(text[], integer[], integer[], integer[], integer);
DROP FUNCTION IF EXISTS booking_ledger_cells_add(bytea, integer[], integer[], integer);
DROP SEQUENCE IF EXISTS booking_slotusageday_version;
"""


def enabled():
    """Day sheets are kept on PostgreSQL only."""
    return connection.vendor == "postgresql"


def cell_seconds():
    return settings.BOOKING_GRID_MINUTES * 60


def width():
    """Cells in one sheet (a UTC day)."""
    return DAY // cell_seconds()


def has_sheets(key):
    """Appointment windows have sheets; other ledger keys (activities') do not."""
    return parse_window_key(key) is not None


def place_of(start):
    """(UTC day, cell of the day) of a ledger cell's start."""
    epoch = int(start.timestamp())
    return epoch // DAY, (epoch % DAY) // cell_seconds()


def changes_sql(changes):
    """(sql, params) changing the sheets by `changes` [(key, start, delta)], or None.

    For `booking.reservations.take_cells`, which sends it in the same round trip as
    the cells' statement (after it: the cells are locked first).
    """
    keys, days, cells, deltas = [], [], [], []
    for key, start, delta in changes:
        if delta and has_sheets(key):
            day, cell = place_of(start)
            keys.append(key)
            days.append(day)
            cells.append(cell)
            deltas.append(delta)
    if not keys or not enabled():
        return None
    return "SELECT booking_ledger_days_add(%s, %s, %s, %s, %s)", [
        keys,
        days,
        cells,
        deltas,
        width(),
    ]


def record(changes):
    """Change the sheets by `changes` [(key, start, delta)], inside the ledger's transaction,
    after its cells are locked and changed."""
    statement = changes_sql(changes)
    if statement is None:
        return
    with connection.cursor() as cursor:
        cursor.execute(*statement)


# --- Reading (booking.slots) ---------------------------------------------------------------

# The versions are compared on the index alone (slot_usage_day_versions: the days asked
# for, then a hash join on the pairs); only the sheets that changed are read.
_READ_SQL = """
SELECT d.window_key, d.day, d.version, d.cells FROM {table} d WHERE d.id IN (
    SELECT s.id
    FROM unnest(%s::varchar[], %s::integer[], %s::bigint[]) AS k(window_key, day, version)
    JOIN {table} s ON s.window_key = k.window_key AND s.day = k.day
    WHERE s.version <> k.version AND s.day BETWEEN %s AND %s
)
"""


def read_changed(keys, days, versions, first_day, last_day):
    """{(key, day): (version, cells as array('H'))} of the sheets of the pairs given
    (array literals; days from `first_day` to `last_day`) whose version is not the one
    given (0: never read). One query."""
    sql = _READ_SQL.format(table=connection.ops.quote_name(SlotUsageDay._meta.db_table))
    with connection.cursor() as cursor:
        cursor.execute(sql, [keys, days, versions, first_day, last_day])
        rows = cursor.fetchall()
    return {(key, day): (version, unpack(cells)) for key, day, version, cells in rows}


def unpack(cells):
    values = array.array("H", bytes(cells))
    if sys.byteorder == "little":
        values.byteswap()
    return values


# --- Checking and repairing -----------------------------------------------------------------


def _window_key_patterns():
    return [f"{s.window_key_prefix}-%" for s in PLACE_KINDS.values() if s.window_key_prefix]


_FROM_LEDGER_SQL = """
SELECT window_key, (date_part('epoch', start)::bigint / 86400)::integer AS day,
    booking_ledger_cells_add(
        NULL,
        array_agg((mod(date_part('epoch', start)::bigint, 86400) / %s)::integer),
        array_agg(booked::integer),
        %s
    ) AS cells
FROM {ledger}
WHERE booked > 0 AND window_key LIKE ANY(%s)
GROUP BY 1, 2
"""


def fill_all_sql():
    """(sql, params) writing every sheet from the ledger, into an empty sheet table."""
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(SlotUsageDay._meta.db_table)} (window_key, day, version, cells) "
        "SELECT window_key, day, nextval('booking_slotusageday_version'), cells FROM ("
        + _FROM_LEDGER_SQL.format(ledger=quote(SlotUsage._meta.db_table))
        + ") AS sheets ORDER BY window_key, day"
    )
    return sql, [cell_seconds(), width(), _window_key_patterns()]


def _differences_sql():
    """Pairs whose sheet is not what the ledger says (a missing sheet equals zeros)."""
    quote = connection.ops.quote_name
    return f"""
    WITH ledger AS ({_FROM_LEDGER_SQL.format(ledger=quote(SlotUsage._meta.db_table))})
    SELECT coalesce(l.window_key, s.window_key), coalesce(l.day, s.day)
    FROM ledger l FULL JOIN {quote(SlotUsageDay._meta.db_table)} s
        ON s.window_key = l.window_key AND s.day = l.day
    WHERE coalesce(l.cells, booking_ledger_cells_add(NULL, '{{}}', '{{}}', %s))
        IS DISTINCT FROM coalesce(s.cells, booking_ledger_cells_add(NULL, '{{}}', '{{}}', %s))
    ORDER BY 1, 2
    """


def _differences_params():
    return [cell_seconds(), width(), _window_key_patterns(), width(), width()]


def check():
    """[(window key, day)] whose sheet differs from the ledger; [] when they agree (or on
    a database without sheets)."""
    if not enabled():
        return []
    with connection.cursor() as cursor:
        cursor.execute(_differences_sql(), _differences_params())
        return [tuple(row) for row in cursor.fetchall()]


@transaction.atomic
def repair():
    """Rewrite every sheet that differs from the ledger; returns how many.

    Rows are changed or added, never deleted (a process that read a sheet knows
    its version: a new version makes it read the sheet again). The ledger's cells of
    the pairs are locked first (FOR SHARE), in the order bookings take them.
    """
    if not enabled():
        return 0
    wrong = check()
    if not wrong:
        return 0
    quote = connection.ops.quote_name
    ledger, sheets = quote(SlotUsage._meta.db_table), quote(SlotUsageDay._meta.db_table)
    keys = [key for key, _day in wrong]
    days = [day for _key, day in wrong]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 1 FROM {ledger} u JOIN unnest(%s::varchar[], %s::integer[]) AS p(k, d) "
            "ON u.window_key = p.k AND u.start >= to_timestamp(p.d::bigint * 86400) "
            "AND u.start < to_timestamp((p.d + 1)::bigint * 86400) "
            "ORDER BY u.window_key, u.start FOR SHARE OF u",
            [keys, days],
        )
        cursor.execute(
            f"""
            INSERT INTO {sheets} AS s (window_key, day, version, cells)
            SELECT p.k, p.d, nextval('booking_slotusageday_version'),
                booking_ledger_cells_add(
                    NULL,
                    coalesce(array_agg(
                        (mod(date_part('epoch', u.start)::bigint, 86400) / %s)::integer
                    ) FILTER (WHERE u.booked > 0), '{{}}'),
                    coalesce(array_agg(u.booked::integer) FILTER (WHERE u.booked > 0), '{{}}'),
                    %s)
            FROM unnest(%s::varchar[], %s::integer[]) AS p(k, d)
            LEFT JOIN {ledger} u ON u.window_key = p.k
                AND u.start >= to_timestamp(p.d::bigint * 86400)
                AND u.start < to_timestamp((p.d + 1)::bigint * 86400)
            GROUP BY p.k, p.d
            ORDER BY p.k, p.d
            ON CONFLICT (window_key, day) DO UPDATE
                SET version = excluded.version, cells = excluded.cells
            """,
            [cell_seconds(), width(), keys, days],
        )
    return len(wrong)
