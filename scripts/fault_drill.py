"""Fault drill: what the production server answers while a component is down.

Starts `gunicorn -w 2` on the production settings (loopback, a port of its
own) against DATABASE_URL — which must hold migrated demo content
(`manage.py migrate --noinput && manage.py load_demo`) — once per scenario,
and prints, for each public address, the status and the time it took:

    DATABASE_URL=postgres://…/portal_x .venv/bin/python scripts/fault_drill.py

Scenarios: everything up (Redis from REDIS_URL, default
redis://127.0.0.1:6379/2), Redis down (a closed port), PostgreSQL down (a
closed port). A measurement, not a test: the tests in tests/portal/
test_cache_outage.py, test_health.py and tests/booking/test_notifications.py,
test_worker_killed.py assert the same behaviour.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOSED_REDIS = "redis://127.0.0.1:6390/2"
CLOSED_POSTGRES = "postgres://postgres@127.0.0.1:5499/down"

PATHS = [
    "/healthz",
    "/readyz",
    "/el/",
    "/en/services/psychological-support-for-adults/",
    "/el/imerologio-kiniton-monadon/",
    "/el/ical/mobile-units.ics",
    "/api/v1/services",
    "/en/booking/",
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url, data=None, headers=None):
    request = urllib.request.Request(
        url,
        data=data,
        headers={"X-Forwarded-Proto": "https", "Accept-Language": "en", **(headers or {})},
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    except OSError as error:
        status, body = type(error).__name__, b""
    return status, round((time.monotonic() - started) * 1000), body


def booking_post(base):
    """One API booking of the first free slot (it needs the cache for its rate limits)."""
    status, _ms, body = fetch(f"{base}/api/v1/services")
    if status != 200:
        return "no service list", 0
    for service in json.loads(body)["contents"]:
        status, _ms, body = fetch(f"{base}/api/v1/availability?service={service['id']}")
        if status == 200 and json.loads(body)["contents"]:
            slot = json.loads(body)["contents"][0]["slot"]
            payload = {
                "slot": slot,
                "service": service["id"],
                "name": "Drill",
                "phone": f"69{secrets.randbelow(10**8):08d}",
                "language": "en",
                "consent": True,
            }
            status, ms, body = fetch(
                f"{base}/api/v1/bookings",
                data=json.dumps(payload).encode(),
                headers={"Content-Type": "application/json"},
            )
            return f"{status} {body[:60].decode(errors='replace')}", ms
    return "nothing bookable", 0


def scenario(name, **env):
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        "BOOKING_MIN_NOTICE_MINUTES": "0",
        "LOG_LEVEL": "ERROR",
        **env,
    }
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "portal.wsgi:application", "-w", "2"),
            *("--bind", f"127.0.0.1:{port}", "--log-level", "error"),
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if fetch(f"{base}/robots.txt")[0] == 200:
                break
            time.sleep(0.2)
        print(f"\n## {name}\n\n| request | status | ms |\n| --- | --- | --- |")
        for path in PATHS:
            status, ms, _body = fetch(base + path)
            print(f"| GET {path} | {status} | {ms} |")
        result, ms = booking_post(base)
        print(f"| POST /api/v1/bookings | {result} | {ms} |")
    finally:
        server.terminate()
        server.wait(timeout=20)


def main():
    if not os.environ.get("DATABASE_URL"):
        sys.exit("Set DATABASE_URL to a database with migrated demo content.")
    redis = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/2")
    scenario("Everything up", REDIS_URL=redis)
    scenario("Redis down", REDIS_URL=CLOSED_REDIS)
    scenario("PostgreSQL down", REDIS_URL=redis, DATABASE_URL=CLOSED_POSTGRES)


if __name__ == "__main__":
    main()
