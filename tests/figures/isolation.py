"""Fixtures shared by the feedback and figures tests (imported by their conftest.py)."""

import itertools

import pytest

from feedback import summaries
from figures import compute

_namespaces = itertools.count()


@pytest.fixture(autouse=True)
def fresh_figures_cache(monkeypatch):
    """Each test keeps its figures and averages under keys of its own.

    Like the page cache (tests/conftest.py): a rollback sends no signal, and
    the next test's branch may get the same primary key on SQLite, so it
    would read the last test's figures. Clearing the whole cache would also
    clear what other xdist workers keep in a shared Redis.
    """
    namespace = next(_namespaces)
    monkeypatch.setattr(compute, "CACHE_PREFIX", f"figures:test{namespace}:")
    monkeypatch.setattr(summaries, "CACHE_PREFIX", f"feedback:summary:test{namespace}:")
