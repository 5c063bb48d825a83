"""Fixtures shared by the feedback and figures tests (imported by their conftest.py)."""

import uuid

import pytest

from feedback import summaries
from figures import compute


@pytest.fixture(autouse=True)
def fresh_figures_cache(monkeypatch):
    """Each test keeps its figures and averages under keys of its own.

    Like the page cache (tests/conftest.py): a rollback sends no signal, and
    the next test's branch may get the same primary key on SQLite, so it
    would read the last test's figures. Clearing the whole cache would also
    clear what other xdist workers keep in a shared Redis.
    """
    namespace = uuid.uuid4().hex  # not a counter: a shared Redis outlives the run
    monkeypatch.setattr(compute, "CACHE_PREFIX", f"figures:test{namespace}:")
    monkeypatch.setattr(summaries, "CACHE_PREFIX", f"feedback:summary:test{namespace}:")
