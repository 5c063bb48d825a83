"""The same feedback link sent twice at once (two connections, PostgreSQL): one rating.

Like tests/booking/test_invariant.py, on a committed copy of the test
database (`committed_copy`), so that each thread's transaction is real and
sees the other's. Select the whole module: its last test uses `db`, which
makes pytest-django create the test database the copy is made from.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

import pytest

from feedback import invitations
from feedback.models import FeedbackInvitation, Rating
from tests import builders as b
from tests.booking.concurrency import TIMEOUT, concurrent
from tests.clock import frozen
from tests.feedback.helpers import attended, sent_token

ATTEMPTS = 8


def run_together(count, attempt):
    barrier = threading.Barrier(count, timeout=TIMEOUT)

    def run(i):
        try:
            barrier.wait()
            return attempt(i)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return [f.result(timeout=TIMEOUT) for f in [pool.submit(run, i) for i in range(count)]]


@concurrent
def test_a_link_submitted_from_eight_connections_at_once_makes_one_rating(committed_copy):
    with frozen():
        b.make_site()
        network = b.small_network()

        def committed(func, *args, **kwargs):
            result = func(*args, **kwargs)  # autocommit: on_commit hooks run at once
            return result

        appointment = attended(network, committed)
        token = sent_token()

        def attempt(i):
            try:
                return invitations.submit(token, 1 + i % 5).pk
            except invitations.AlreadyGiven as error:
                return error.code

        results = run_together(ATTEMPTS, attempt)
    ratings = list(Rating.objects.filter(appointment=appointment))
    assert len(ratings) == 1
    assert sorted(map(str, results)) == sorted(
        [str(ratings[0].pk)] + ["already_given"] * (ATTEMPTS - 1)
    )
    assert FeedbackInvitation.objects.get(appointment=appointment).used_at is not None


@pytest.mark.django_db
def test_the_module_creates_the_test_database():
    """Selecting this module creates the test database the concurrent test copies."""
    assert connection.vendor in ("postgresql", "sqlite")
