"""Drive one URL with wrk (Debian's `wrk` package) and read its numbers.

`run_wrk(url, ...)` runs `wrk -t THREADS -c CONNECTIONS -d SECONDS` with
`wrk_report.lua`, whose `done()` prints one line `BENCH_JSON {...}`: requests,
duration, bytes, socket and status errors, and latency percentiles 50/90/95/99
in microseconds. `parse_wrk_output(text)` turns that line into the dict the
suite keeps (requests/s, milliseconds). No Django here.
"""

import json
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"
MARKER = "BENCH_JSON "


class WrkMissing(RuntimeError):
    """wrk is not installed (`make bench-deps` installs Debian's package)."""


def wrk_path():
    path = shutil.which("wrk")
    if path is None:
        raise WrkMissing("wrk is not installed: run `make bench-deps` (apt-get install wrk).")
    return path


def parse_wrk_output(text):
    """The numbers of one wrk run from its output (the line wrk_report.lua prints).

    Returns {"requests", "seconds", "rps", "p50_ms", "p90_ms", "p95_ms", "p99_ms",
    "max_ms", "mean_ms", "errors" (socket errors + answers >= 400), "error_detail"}.
    Raises ValueError when the line is missing (wrk failed: its output is in the message).
    """
    for line in text.splitlines():
        if line.startswith(MARKER):
            data = json.loads(line[len(MARKER) :])
            break
    else:
        raise ValueError(f"no {MARKER.strip()} line in wrk's output:\n{text[-2000:]}")
    seconds = data["duration_us"] / 1e6
    latency = {key: value / 1000 for key, value in data["latency_us"].items()}
    errors = {key: value for key, value in data["errors"].items() if value}
    if not data["requests"]:  # nothing answered within the run: no latency to speak of
        latency = dict.fromkeys(latency)
    return {
        "requests": data["requests"],
        "seconds": round(seconds, 3),
        "rps": round(data["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": latency["50"],
        "p90_ms": latency["90"],
        "p95_ms": latency["95"],
        "p99_ms": latency["99"],
        "max_ms": latency["max"],
        "mean_ms": latency["mean"] if latency["mean"] is None else round(latency["mean"], 3),
        "errors": sum(errors.values()),
        "error_detail": errors,
    }


def run_wrk(url, *, seconds=10, connections=16, threads=2, headers=None, timeout_s=30):
    """Load `url` for `seconds` with `connections` open connections; parse_wrk_output's dict."""
    command = [
        wrk_path(),
        *("-t", str(min(threads, connections)), "-c", str(connections)),
        *("-d", f"{seconds}s", "--timeout", f"{timeout_s}s", "-s", str(SCRIPT)),
    ]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    command.append(url)
    finished = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + timeout_s + 30, check=False
    )
    return parse_wrk_output(finished.stdout + finished.stderr)
