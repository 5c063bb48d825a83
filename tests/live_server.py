"""One way to run the portal as a real server: gunicorn on a free loopback port.

Used by the browser tests (tests/browser/conftest.py), the booking invariant
and worker-kill tests (tests/booking/test_invariant.py,
test_worker_killed.py) and the benchmarks (benchmarks/booking.py,
benchmarks/bad_input.py). `live_server(...)` starts
`gunicorn portal.wsgi:application` from this checkout, waits until
`/healthz` answers 200, yields a `LiveServer` and always stops it
(SIGTERM, then SIGKILL). If the server does not come up, or the code run
against it raises, the end of the server's log is printed (pytest shows it
with the failure); a server that does not come up raises `ServerFailed`
with the log in its message. Plain Python, no pytest: benchmarks import it
too.
"""

import contextlib
import dataclasses
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
LOG_TAIL = 8000


class ServerFailed(RuntimeError):
    """The server exited or did not answer its health check in time."""


def free_port(host=HOST):
    """A TCP port on `host` that nothing listens on now.

    `LIVE_SERVER_PORTS=8720-8739` keeps to that range (on a machine whose
    ports are shared out); otherwise any port the system hands out.
    """
    span = os.environ.get("LIVE_SERVER_PORTS", "")
    if span:
        low, _sep, high = span.partition("-")
        for port in range(int(low), int(high or low) + 1):
            with socket.socket() as probe:
                try:
                    probe.bind((host, port))
                except OSError:
                    continue
                return port
        raise ServerFailed(f"no free port in LIVE_SERVER_PORTS={span}")
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


@dataclasses.dataclass
class LiveServer:
    url: str  # base URL, no trailing slash: "http://127.0.0.1:PORT"
    port: int
    process: subprocess.Popen
    log_file: object

    def log(self, limit=LOG_TAIL):
        """The end of what the server printed so far (stdout and stderr)."""
        self.log_file.flush()
        self.log_file.seek(0)
        return self.log_file.read().decode(errors="replace")[-limit:]


@contextlib.contextmanager
def live_server(
    *,
    env=None,
    workers=1,
    threads=1,
    args=(),
    settings="portal.settings.test",
    health_path="/healthz",
    timeout=60,
    port=None,
):
    """gunicorn serving this checkout on a free port of 127.0.0.1; yields a LiveServer.

    `env` is added to this process's environment (DATABASE_URL, rate limits,
    …; a None value removes the variable); DJANGO_SETTINGS_MODULE is
    `settings` unless `env` names one. `args` are more gunicorn options
    (`--timeout`, `--log-level`, …). `port`: a fixed port instead of a free one
    (the performance suite's BENCH_PORT).
    """
    port = port or free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "PYTHONUNBUFFERED": "1",
        # This checkout's code, whatever the virtualenv's editable install points at.
        "PYTHONPATH": str(ROOT),
        **(env or {}),
    }
    environment = {name: value for name, value in environment.items() if value is not None}
    command = [
        *(sys.executable, "-m", "gunicorn", "portal.wsgi:application"),
        *("--bind", f"{HOST}:{port}", "--workers", str(workers), "--threads", str(threads)),
        *args,
    ]
    with tempfile.TemporaryFile() as log_file:
        process = subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=log_file, stderr=subprocess.STDOUT
        )
        server = LiveServer(
            url=f"http://{HOST}:{port}", port=port, process=process, log_file=log_file
        )
        try:
            _wait_until_healthy(server, health_path, timeout)  # ServerFailed carries the log
            try:
                yield server
            except Exception:
                print(f"\n--- the server's log ---\n{server.log()}", file=sys.stderr)
                raise
        finally:
            stop_process(process)


def _wait_until_healthy(server, path, timeout):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerFailed(f"gunicorn exited with {server.process.returncode}:\n{server.log()}")
        try:
            with urllib.request.urlopen(f"{server.url}{path}", timeout=2) as response:
                if response.status == 200:
                    return
                last_error = f"status {response.status}"
        except (urllib.error.URLError, OSError) as error:
            last_error = error
        time.sleep(0.2)
    raise ServerFailed(
        f"gunicorn did not answer {server.url}{path} with 200 within {timeout} s "
        f"(last error: {last_error}):\n{server.log()}"
    )


def stop_process(process):
    """Terminate `process` (a server or worker), killing it after 15 s."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)
