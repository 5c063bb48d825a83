"""Manage-link and staff-feed tokens never reach the logs (Django's and gunicorn's)."""

import datetime
import importlib.util
import logging
from pathlib import Path
from types import SimpleNamespace

from django.test import Client

import pytest
from gunicorn.config import Config

from portal.gunicorn_logging import TokenMaskingLogger
from portal.log_masking import TokenMaskingFilter, mask_tokens

TOKEN = "Zk3_-q9TOKENTOKENTOKENTOKEN"


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        (f"GET /el/booking/manage/{TOKEN}/ HTTP/1.1", "GET /el/booking/manage/…/ HTTP/1.1"),
        (f"/fa/booking/manage/{TOKEN}/move/", "/fa/booking/manage/…/move/"),
        (f"/en/booking/manage/{TOKEN}", "/en/booking/manage/…"),
        (f"https://k.example.gr/ar/booking/manage/{TOKEN}/appointment.ics", None),
        (f"/staff/appointments/{TOKEN}.ics", "/staff/appointments/….ics"),
        (f'"GET /staff/appointments/{TOKEN}.ics?x=1 HTTP/1.1" 200', None),
        ("/el/booking/appointment/KX47MT9A/", "/el/booking/appointment/KX47MT9A/"),
        ("/el/booking/check/", "/el/booking/check/"),
        ("no path at all", "no path at all"),
    ],
)
def test_token_segments_are_masked_and_nothing_else(line, masked):
    result = mask_tokens(line)

    assert TOKEN not in result
    if masked is not None:
        assert result == masked


def test_the_filter_masks_formatted_messages():
    path = f"/staff/x/{TOKEN}.ics"
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (path,), None
    )

    assert TokenMaskingFilter().filter(record) is True
    assert record.getMessage() == "Not Found: /staff/x/….ics"


def test_djangos_request_log_never_holds_a_token(db, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        Client().get(f"/staff/appointments/{TOKEN}.ics")
        Client().get(f"/en/booking/manage/{TOKEN}/nothing-here/")

    assert caplog.records, "a 404 is logged by django.request"
    # caplog's handler sits on the root logger; the masking filter is on the
    # logger itself, so what any handler receives is already masked.
    assert TOKEN not in caplog.text
    assert "/staff/appointments/….ics" in caplog.text


def gunicorn_access_line(environ_overrides):
    logger = TokenMaskingLogger(Config())
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/el/booking/manage/{TOKEN}/",
        "PATH_INFO": f"/el/booking/manage/{TOKEN}/",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.1",
        "HTTP_REFERER": f"https://k.example.gr/staff/appointments/{TOKEN}.ics",
        "HTTP_USER_AGENT": "test",
        **environ_overrides,
    }
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    response = SimpleNamespace(status="302 Found", sent=0, headers=[])
    atoms = logger.atoms(response, request, environ, datetime.timedelta(milliseconds=5))
    return logger.cfg.access_log_format % logger.atoms_wrapper_class(atoms), atoms


def test_gunicorns_access_log_shows_no_token():
    spec = importlib.util.spec_from_file_location(
        "shipped_conf", Path(__file__).resolve().parents[2] / "gunicorn.conf.py"
    )
    shipped = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shipped)
    assert shipped.logger_class == "portal.gunicorn_logging.TokenMaskingLogger"

    line, atoms = gunicorn_access_line({})

    assert TOKEN not in line and all(TOKEN not in str(value) for value in atoms.values())
    assert '"GET /el/booking/manage/…/ HTTP/1.1" 302' in line
    assert '"https://k.example.gr/staff/appointments/….ics"' in line


def test_gunicorns_error_log_is_masked():
    logger = TokenMaskingLogger(Config())

    assert any(isinstance(f, TokenMaskingFilter) for f in logger.error_log.filters)
