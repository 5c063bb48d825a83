"""A corpus of hostile requests against the production set-up on loopback: requests, statuses, 500s.

Starts `gunicorn portal.wsgi` with the production settings on 127.0.0.1 (a
random 64-character SECRET_KEY, the PostgreSQL database and Redis db named
by DATABASE_URL and REDIS_URL, migrated and loaded with the demo content,
static files collected), then sends a few thousand bad requests to every
public URL pattern and every API operation:

- dates out of range (year 9999, year 1, month 13) in every date parameter
  and in slot keys;
- NUL and other control characters, invalid UTF-8 (raw bytes and %FF) in
  paths, query strings and bodies;
- huge bodies (3 MB) and long values (10,000 characters);
- odd headers: X-Forwarded-For garbage, Host garbage, 6 KB headers, odd
  methods (PROPFIND, TRACE, BREW, …), a missing Host.

Requests are written byte by byte on a raw socket, so nothing in the client
cleans them first. The run is bounded (MAX_REQUESTS, MAX_SECONDS), talks
only to 127.0.0.1, stops gunicorn and prints: requests, status counts, and
each request that got a 500 (or no answer). Exits 1 if any did.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bad \\
    REDIS_URL=redis://127.0.0.1:6379/6 .venv/bin/python benchmarks/bad_input.py

Without DATABASE_URL a throw-away SQLite file is used (and the local-memory
cache when REDIS_URL is unset), which is not what production runs.
"""

import collections
import itertools
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.live_server import HOST, live_server  # noqa: E402 - after the path is set

MAX_REQUESTS = 4000
MAX_SECONDS = 420
TIMEOUT = 15
SEED = 8

FAR_SLOT = "branch-schedule-1@99991231T2359Z"
BAD_VALUES = [
    "9999-12-31",
    "0001-01-01",
    "2027-13-45",
    "99999-01-01",
    "9999-12",
    "0000-00",
    "%00",
    "a%00b",
    "%01%1b%7f",
    "%FF%FE",
    "%C3%28",
    "%ED%A0%80",  # an encoded lone surrogate
    "x" * 10_000,  # past gunicorn's request-line limit: its own 414
    "ά" * 1500,  # long, but reaches Django
    "-1",
    "0",
    "99999999999999999999999",
    "1e400",
    "NaN",
    "%E2%80%AE%D8%B9%D8%B1%D8%A8%DB%8C",  # RTL override and Arabic
    "<script>alert(1)</script>",
    "..%2F..%2Fetc%2Fpasswd",
    quote(FAR_SLOT),
    "stop-visit-1%4000010101T0000Z",
    "branch-99999999999999999999",
    "true%00",
    "",
]
PARAMETERS = [
    "from",
    "to",
    "month",
    "slot",
    "service",
    "place",
    "location",
    "category",
    "group",
    "target_group",
    "community",
    "unit",
    "mobile_unit",
    "kind",
    "view",
    "q",
    "page",
    "per_page",
    "include_cancelled",
    "download",
]
ODD_FORWARDED = [
    "",
    "a, b",
    "garbage",
    ",,,",
    "999.1.1.1",
    "1.2.3.4\x00",
    "x" * 6000,
    "[::1]:80, unix:/tmp/x",
]
ODD_HOSTS = ["evil.example", "", "127.0.0.1:99999", "x" * 3000, "127.0.0.1\x00", "[::1"]
ODD_METHODS = ["PROPFIND", "TRACE", "BREW", "PATCH", "PUT", "DELETE", "OPTIONS", "HEAD", "CONNECT"]


def environment():
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(48)[:64],
        ALLOWED_HOSTS=HOST,
        TRUSTED_PROXY_COUNT="1",
        # This checkout's code, whatever the virtualenv's editable install points at.
        PYTHONPATH=str(ROOT),
    )
    if not env.get("DATABASE_URL"):
        folder = tempfile.mkdtemp(prefix="portal-bad-input-")
        env["DATABASE_URL"] = f"sqlite:///{folder}/db.sqlite3"
    env.setdefault("PUBLIC_BASE_URL", "https://portal.example.gr")
    env.setdefault("WAGTAILADMIN_BASE_URL", "https://portal.example.gr")
    return env


def prepare(env):
    python = sys.executable
    for command in (
        ["migrate", "--noinput"],
        ["load_demo"],
        ["collectstatic", "--noinput", "-v", "0"],
    ):
        subprocess.run(
            [python, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def send(port, raw):
    """Send raw request bytes; (status or None, first bytes of the answer)."""
    try:
        with socket.create_connection((HOST, port), timeout=TIMEOUT) as sock:
            sock.sendall(raw)
            chunks = []
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if sum(map(len, chunks)) > 2_000_000:
                    break
    except OSError:
        return None, b""
    answer = b"".join(chunks)
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return (int(match.group(1)) if match else None), answer[:300]


def request(method, target, *, headers=None, body=b"", host=HOST):
    """Request bytes (`target` may hold any bytes), as https behind the balancer."""
    if isinstance(target, str):
        target = target.encode("utf-8", "surrogateescape")
    lines = [method.encode() + b" " + target + b" HTTP/1.1"]
    base = {"Connection": "close", "X-Forwarded-Proto": "https"}
    if host is not None:
        base["Host"] = host
    base.update(headers or {})
    if body:
        base["Content-Length"] = str(len(body))
    for name, value in base.items():
        value = value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value
        lines.append(name.encode() + b": " + value)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def discover(port):
    """Public pages found by following the home pages' links (one level), plus fixed URLs."""
    paths = {"/", "/healthz", "/robots.txt", "/sitemap.xml", "/jsi18n/"}
    for language in ("el", "en", "ar", "fa"):
        home = f"/{language}/"
        paths.add(home)
        _status, _head = send(port, request("GET", home))
        html = fetch(port, home)
        for href in re.findall(r'href="(/[^"#?]*)', html):
            if not href.startswith(("/static/", "/admin/", "/documents/", "/staff/")):
                paths.add(href)
        for suffix in (
            "search/",
            "booking/",
            "booking/place/",
            "booking/time/",
            "booking/details/",
            "booking/agreement/",
            "booking/check/",
            "booking/done/",
            "booking/done/appointment.ics",
            "booking/manage/not-a-token/",
            "booking/manage/not-a-token/move/",
            "booking/manage/not-a-token/appointment.ics",
            "ical/mobile-units.ics",
            "ical/mobile-units/1.ics",
            "ical/stops/1.ics",
            "ical/branches/1.ics",
        ):
            paths.add(f"/{language}/{suffix}")
    for api in ("/api/v1", "/el/api/v1"):
        for operation in (
            "/openapi.json",
            "/services",
            "/services/1",
            "/locations",
            "/locations/branch-1",
            "/service_at_locations",
            "/occurrences",
            "/availability",
            "/bookings",
            "/bookings/KX47MT9A",
        ):
            paths.add(api + operation)
    paths.add("/staff/appointments/not-a-token.ics")
    return sorted(paths)


def fetch(port, path):
    """The body of a GET, following nothing (enough to read links)."""
    try:
        with socket.create_connection((HOST, port), timeout=TIMEOUT) as sock:
            sock.sendall(request("GET", path))
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
    except OSError:
        return ""
    return data.partition(b"\r\n\r\n")[2].decode("utf-8", "replace")


def corpus(paths, rng):
    """(label, request bytes) for every kind of bad input, bounded by MAX_REQUESTS."""
    items = []
    for path in paths:
        # Every parameter with a few bad values, and random pairs of them.
        for parameter in PARAMETERS:
            for value in rng.sample(BAD_VALUES, 2):
                items.append(("query", request("GET", f"{path}?{parameter}={value}")))
        for _ in range(3):
            pairs = "&".join(f"{rng.choice(PARAMETERS)}={rng.choice(BAD_VALUES)}" for _ in range(4))
            items.append(("query", request("GET", f"{path}?{pairs}")))
        # Paths with NUL, invalid UTF-8 (raw and encoded), a far slot, length.
        items.append(("path", request("GET", path + "%00")))
        items.append(("path", request("GET", path.encode() + b"\xff\xfe/")))
        items.append(("path", request("GET", path + "%FF%FE")))
        items.append(("path", request("GET", path + "x" * 4000)))
        items.append(("query", request("GET", path.encode() + b"?q=\xc3\x28&month=\xff")))
        # Odd headers and methods.
        forwarded = rng.choice(ODD_FORWARDED)
        items.append(("header", request("GET", path, headers={"X-Forwarded-For": forwarded})))
        items.append(("host", request("GET", path, host=rng.choice(ODD_HOSTS))))
        items.append(("header", request("GET", path, headers={"Accept-Language": "x" * 6000})))
        items.append(("header", request("GET", path, headers={"Cookie": "sessionid=\x01" * 200})))
        items.append(("method", request(rng.choice(ODD_METHODS), path)))
        # Bodies: invalid UTF-8, NUL, broken JSON, a huge one.
        items.append(bodies(path, rng))
    items += booking_bodies(rng)
    rng.shuffle(items)
    return items[:MAX_REQUESTS]


def bodies(path, rng):
    kind = rng.choice(["form", "json", "utf8", "huge"])
    if kind == "form":
        body = b"name=a%00b&phone=%FF&consent=on&submission_id=\x00"
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
    elif kind == "json":
        body = b'{"slot": "' + FAR_SLOT.encode() + b'", "service": 1e999, "name": "\\u0000"'
        headers = {"Content-Type": "application/json"}
    elif kind == "utf8":
        body = b'{"name": "\xff\xfe", "phone": "\xc3\x28"}'
        headers = {"Content-Type": "application/json; charset=utf-8"}
    else:
        body = b"x=" + b"a" * 3_000_000
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
    return ("body", request("POST", path, headers=headers, body=body))


def booking_bodies(rng):
    """POST /api/v1/bookings with hostile values in each field."""
    items = []
    fields = ["slot", "service", "name", "phone", "email", "language", "note", "consent"]
    values = [
        '"' + FAR_SLOT + '"',
        '"stop-visit-1@00010101T0000Z"',
        '"\\u0000"',
        '"\\ud800"',
        '"' + "ά" * 10_000 + '"',
        "99999999999999999999999",
        "-1",
        "null",
        "[]",
        "{}",
        "true",
        '"\\u202e\\u0639\\u0631\\u0628\\u06cc"',
    ]
    for field, value in itertools.product(fields, values):
        body = {
            "slot": f'"{FAR_SLOT}"',
            "service": "1",
            "name": '"Ελένη"',
            "phone": '"6912345678"',
            "language": '"el"',
            "consent": "true",
        }
        body[field] = value
        text = "{" + ", ".join(f'"{k}": {v}' for k, v in body.items()) + "}"
        headers = {"Content-Type": "application/json", "Idempotency-Key": rng.choice(["k", "\x01"])}
        items.append(
            ("api-body", request("POST", "/api/v1/bookings", headers=headers, body=text.encode()))
        )
    return items


def main():
    env = environment()
    print(f"database: {env['DATABASE_URL'].rpartition('@')[2]}; preparing…", flush=True)
    prepare(env)
    with live_server(
        env=env,
        settings=env["DJANGO_SETTINGS_MODULE"],
        workers=2,
        args=("--timeout", "30", "--log-level", "warning"),
    ) as server:
        return attack(server.port)


def attack(port):
    """Send the corpus to the server on `port`; print what came back; 1 if any 5xx."""
    rng = random.Random(SEED)
    statuses = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    failures = []
    slowest = (0.0, "")
    started = time.monotonic()
    items = corpus(discover(port), rng)
    for label, raw in items:
        if time.monotonic() - started > MAX_SECONDS:
            print(f"stopped after {MAX_SECONDS} s")
            break
        before = time.perf_counter()
        status, head = send(port, raw)
        elapsed = time.perf_counter() - before
        first_line = raw.split(b"\r\n", 1)[0][:160]
        if elapsed > slowest[0]:
            slowest = (elapsed, first_line.decode("latin-1"))
        statuses[status] += 1
        by_kind[label][status] += 1
        if status is None or status >= 500:
            failures.append((status, first_line, head[:120]))
    total = sum(statuses.values())
    print(
        f"\nrequests: {total} in {time.monotonic() - started:.0f} s (gunicorn, production settings)"
    )
    print("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
    for label, counts in sorted(by_kind.items()):
        print(f"  {label:9} " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str)))
    print(f"slowest: {slowest[0] * 1000:.0f} ms  {slowest[1]}")
    print(f"5xx or no answer: {len(failures)}")
    for status, line, head in failures[:30]:
        print(f"  {status}  {line!r}  {head!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
