"""Schemathesis against /api/v1/openapi.json, in process: no 5xx, every answer as documented.

Every operation of the document gets valid and invalid requests generated
from its own schema (parameters, bodies, headers), sent to the WSGI
application in this process, and each answer is checked: never a server
error (`not_a_server_error`), and its status and body as the document says
(`response_schema_conformance`). The data is a small network of one branch,
one van stop and a bookable service, with the clock pinned, so slots exist.

Bounded and deterministic for CI: `derandomize=True` (the same cases every
run) and EXAMPLES_PER_OPERATION cases per operation — about 5,500 in all,
about two minutes on one core. Marked `fuzz`, so CI can run it in a job of
its own (`-m fuzz`) or leave it out (`-m "not fuzz"`). The totals are
printed at the end of the run: cases, 5xx, schema violations.
"""

import collections

from django.core.signals import request_finished, request_started
from django.db import close_old_connections

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from portal.api import api
from portal.wsgi import application

EXAMPLES_PER_OPERATION = 450

# The document as the API serves it, without an HTTP request at import time
# (collection may not touch the database); requests go to the WSGI app.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1"))
schema.app = application
schema.config.generation.update(modes=list(GenerationMode), deterministic=True)

TOTALS = collections.Counter()


@pytest.fixture(scope="module", autouse=True)
def report_totals(request):
    yield
    line = (
        f"schemathesis: {TOTALS['cases']} cases, {TOTALS['5xx']} 5xx, "
        f"{TOTALS['violations']} schema violations"
    )
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\n{line}")


@pytest.fixture
def in_process_connections():
    """Keep the test's database connection open across requests, as Django's test client does.

    A WSGI request ends with `close_old_connections`, which would close the
    connection that holds the test's transaction (PostgreSQL).
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def network(bookable, in_process_connections):
    """A branch (Mon–Fri) and a van stop offering a bookable service, the clock pinned."""
    return bookable


@pytest.mark.fuzz
@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_as_documented_and_never_fails(network, case):
    TOTALS["cases"] += 1
    # The WSGI transport does not undo gzip (an HTTP client does), and
    # schemathesis asks for it: ask for the body as it is.
    response = case.call(headers={"Accept-Encoding": "identity"})
    if response.status_code >= 500:
        TOTALS["5xx"] += 1
    try:
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
    except Exception:
        TOTALS["violations"] += 1
        raise
