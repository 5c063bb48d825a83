"""The tests' pinned instant, and how to pin the clock there.

`NOW` is Monday 11 January 2027, 09:00 in Athens: with the minimum notice
(2 hours) and the horizon (8 weeks) it gives known slots, and its week has a
public holiday behind it (6 January). Tests take the `clock` fixture
(tests/conftest.py), which stands the clock still at `NOW`; a module or test
that needs another instant says so with `@pytest.mark.clock(instant)`, and a
test moves on with the traveller the fixture yields (`clock.shift(delta)`,
`clock.move_to(instant)`). `frozen()` is the same pin for the few places a
fixture cannot reach (module-scoped data built once).
"""

import datetime

import time_machine

from services_catalog.schedules import ATHENS

NOW = datetime.datetime(2027, 1, 11, 9, 0, tzinfo=ATHENS)
# The day before NOW: the catalogue's pages and feeds are read on a Sunday.
SUNDAY = NOW - datetime.timedelta(days=1)


def frozen(instant=NOW):
    """Stand the clock still at `instant` (a context manager yielding the traveller)."""
    return time_machine.travel(instant, tick=False)
