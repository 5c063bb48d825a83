"""The performance suite's pieces that can be checked without a server or a data set.

`make bench` itself takes minutes (README, "Benchmarks"); these check what it
builds its table from: wrk's output read back, the verdicts against the
issue's targets, the table, the files of a run and the comparison of two runs.
No test here depends on how fast anything is.
"""

import http.server
import json
import shutil
import threading

import pytest

from benchmarks import load, report
from benchmarks.wrk import parse_wrk_output, run_wrk

WRK_OUTPUT = """Running 1s test @ http://127.0.0.1:8719/r.lua
  2 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.62ms    3.53ms  21.13ms   68.77%
  723 requests in 1.00s, 540.13KB read
Requests/sec:    720.06
BENCH_JSON {"requests": 723, "duration_us": 1004081, "bytes": 553095, "errors": {"connect": 0, \
"read": 0, "write": 0, "status": 2, "timeout": 1}, "latency_us": {"50": 5051, "90": 10402, \
"95": 11827, "99": 16682, "max": 21126, "mean": 5622.2}}
"""


def test_wrk_output_is_read_back_in_milliseconds():
    result = parse_wrk_output(WRK_OUTPUT)
    assert result["requests"] == 723
    assert result["rps"] == pytest.approx(720.1, abs=0.1)
    assert (result["p50_ms"], result["p95_ms"], result["p99_ms"]) == (5.051, 11.827, 16.682)
    assert result["errors"] == 3
    assert result["error_detail"] == {"status": 2, "timeout": 1}


def test_wrk_output_without_the_report_line_is_an_error_that_shows_it():
    with pytest.raises(ValueError, match="unable to connect"):
        parse_wrk_output("unable to connect to 127.0.0.1:1 Connection refused\n")


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (make bench-deps)")
def test_the_lua_script_reports_through_real_wrk():
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        result = run_wrk(url, seconds=1, connections=2, headers={"If-None-Match": '"x"'})
    finally:
        server.shutdown()
        server.server_close()
    assert result["requests"] > 0
    assert result["p50_ms"] <= result["p95_ms"] <= result["p99_ms"] <= result["max_ms"]


def row(dataset, key, kind, **values):
    return {"dataset": dataset, "key": key, "label": key, "kind": kind, **values}


def verdicts(rows):
    report.add_ratios(rows)
    report.add_verdicts(rows)
    return {(r["dataset"], r["key"]): r["verdict"] for r in rows}


def test_pages_are_held_to_throughput_time_and_queries():
    rows = [
        row("demo", "static", "static", rps=1000.0),
        row("demo", "home", "page", rps=600.0, one_client_ms=9.0, queries_cold=8),
        row("demo", "stop", "page", rps=300.0, one_client_ms=40.0, queries_cold=19),
        row("regional", "static", "static", rps=2000.0),
        row("regional", "home", "page", rps=1500.0, one_client_ms=14.0, queries_cold=8),
        row("regional", "stop", "page", rps=1500.0, one_client_ms=81.0, queries_cold=9),
    ]
    found = verdicts(rows)
    assert found[("demo", "static")] == report.NONE
    assert found[("demo", "home")] == "ok"
    assert found[("regional", "home")] == "ok"  # 14 ms is 1.6× the demo's 9
    assert found[("demo", "stop")] == "miss: 0.30 of static < 0.5; 40 ms > 15; 19 queries > 10"
    assert found[("regional", "stop")] == "miss: 81 ms > 15; 2.0× demo > 2"
    assert rows[1]["ratio"] == 0.6
    assert rows[4]["ratio"] == 0.75  # of the regional run's own static file


def test_feed_slots_and_booking_targets():
    contended = {"created": 30, "room": 30, "ledger": {"over": 0, "mismatched": 0}}
    rows = [
        row("demo", "static", "static", rps=1000.0),
        row("demo", "feed_304", "feed304", rps=900.0, one_client_ms=6.5),
        row("demo", "feed_build", "feed_build", one_client_ms=12.0, queries_cold=5),
        row("demo", "free_slots", "free_slots", one_client_ms=15.0, queries_cold=7),
        row("demo", "occurrences_api", "api", rps=50.0, queries_cold=6),
        row("demo", "booking", "booking", rps=151.0, p95_ms=299.0, errors=0),
        row("demo", "booking_contended", "contended", rps=90.0, errors=0, **contended),
        row("regional", "free_slots", "free_slots", one_client_ms=19.0, queries_cold=9),
        row("regional", "occurrences_api", "api", rps=5.0, errors=4),
        row("regional", "booking", "booking", rps=40.0, p95_ms=900.0, errors=0),
        row(
            "regional",
            "booking_contended",
            "contended",
            rps=90.0,
            errors=0,
            created=31,
            room=30,
            ledger={"over": 1, "mismatched": 0},
        ),
    ]
    found = verdicts(rows)
    assert found[("demo", "feed_304")] == "miss: 6.5 ms > 5"
    assert found[("demo", "feed_build")] == "ok"
    assert found[("demo", "free_slots")] == "ok"
    assert found[("regional", "free_slots")] == "miss: 9 queries, demo 7"
    assert found[("demo", "occurrences_api")] == report.NONE
    assert found[("regional", "occurrences_api")] == "miss: 4 errors"
    assert found[("demo", "booking")] == "ok"
    assert found[("regional", "booking")] == "miss: 40/s < 150; p95 900 > 300"
    assert found[("demo", "booking_contended")] == "ok: 30 made for 30 places, ledger exact"
    assert found[("regional", "booking_contended")] == (
        "miss: 31 made for 30 places; ledger: 1 over capacity, 0 out of step"
    )


def a_run(stamp, rps, ms):
    rows = [
        row("demo", "static", "static", rps=1000.0, p50_ms=1.0, p95_ms=2.0, p99_ms=3.0),
        row("demo", "home", "page", rps=rps, p50_ms=4.0, p95_ms=8.0, p99_ms=9.0),
    ]
    rows[1].update(queries_after_edit=15, queries_cold=9, queries_warm=0, one_client_ms=ms)
    report.add_ratios(rows)
    report.add_verdicts(rows)
    meta = {
        "stamp": stamp,
        "started": "2027-01-11 09:00",
        "commit": "abc1234",
        "workers": 4,
        "seconds": 10,
        "connections": 16,
        "scale": 1.0,
        "data": {"demo": {"branches": 3, "mobile_units": 2, "stops": 10, "appointments": 5}},
    }
    return {"meta": meta, "rows": rows}


def test_a_run_is_written_as_json_and_markdown_and_compared_with_the_previous(tmp_path):
    first = report.write_run(a_run("20270111T090000Z", 500.0, 20.0), tmp_path)
    second_run = a_run("20270112T090000Z", 750.0, 12.0)
    second = report.write_run(second_run, tmp_path)

    assert first.with_suffix(".md").exists()
    markdown = second.with_suffix(".md").read_text()
    assert "| data | what | req/s | × static |" in markdown
    assert "| demo | home | 750 | 0.750 | 4.0 | 8.0 | 9.0 | 15/9/0 | 12.0 | ok |" in markdown
    text = report.render(second_run)
    assert "demo: 3 branches, 2 mobile units, 10 stops, 5 appointments" in text

    assert report.previous_run(tmp_path, second) == first
    assert report.previous_run(tmp_path, first) == second  # the newest other one

    comparison = report.compare(json.loads(first.read_text()), second_run)
    assert "Compared with 20270111T090000Z (commit abc1234, wrk 10 s × 16, scale 1.0" in comparison
    assert "500 → 750 (+50%)" in comparison
    assert "20.0 → 12.0" in comparison
    assert "miss → ok" in comparison


def test_the_suite_only_drops_a_database_named_for_benchmarks(monkeypatch):
    monkeypatch.delenv("BENCH_DATABASE_URL", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
    with pytest.raises(SystemExit, match="does not look like a benchmark database"):
        load.database_url()
    monkeypatch.setenv("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench")
    assert load.database_url().endswith("/portal_bench")
    assert load.with_name(load.database_url(), "portal_bench_regional").endswith(
        "/portal_bench_regional"
    )
    monkeypatch.setenv("BENCH_DATABASE_URL", "sqlite:///var/bench.sqlite3")
    with pytest.raises(SystemExit, match="needs PostgreSQL"):
        load.database_url()


def test_a_run_where_nothing_answered_has_no_latency_rather_than_zero():
    result = parse_wrk_output(
        'BENCH_JSON {"requests": 0, "duration_us": 10000000, "bytes": 0, "errors": {"connect": 0,'
        ' "read": 0, "write": 0, "status": 0, "timeout": 16}, "latency_us": {"50": 0, "90": 0,'
        ' "95": 0, "99": 0, "max": 0, "mean": 0.0}}'
    )
    assert result["rps"] == 0
    assert result["p50_ms"] is None and result["p99_ms"] is None
    assert result["errors"] == 16
