"""The performance suite's table: targets, verdicts, the files of a run, comparing two runs.

No Django here: a run is a JSON document ({"meta": {...}, "rows": [...]}, see
benchmarks/load.py) and everything below reads and writes plain values, so it
is tested without a server (tests/portal/test_bench_report.py).

Targets (issue 10; "page" = a public page served from the page cache when warm):

- page: ≥ 50% of the static file's requests/s in the same run (cached); one
  client, page cache off: median ≤ 15 ms and ≤ 10 queries with the cache cold;
  on the regional data within 2× of the demo's one-client time;
- all-units feed: ≥ 50% of static when cached; build ≤ 50 ms (one client, page
  cache off); a 304 ≤ 5 ms (one client over HTTP);
- free slots of one service, 8 weeks, every place: ≤ 20 ms, and on the regional
  data the same number of queries as on the demo;
- booking POSTs, 50 clients: ≥ 150/s, p95 ≤ 300 ms, no answer but 201/409; for
  the contended phase, appointments made equal to the places exactly and a
  ledger with no cell over capacity or out of step.

Every row also misses if wrk saw errors or the address answered wrongly.
"""

import datetime
import json
from pathlib import Path

CACHED_RATIO = 0.5
PAGE_MS = 15
PAGE_QUERIES = 10
REGIONAL_FACTOR = 2
FEED_BUILD_MS = 50
FEED_304_MS = 5
FREE_SLOTS_MS = 20
BOOKING_RPS = 150
BOOKING_P95_MS = 300

COLUMNS = [
    "data",
    "what",
    "req/s",
    "× static",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "queries edit/cold/warm",
    "1 client ms",
    "target",
]
NONE = "—"


# --- Verdicts ----------------------------------------------------------------------------


def add_ratios(rows):
    """Each row's requests/s as a share of the static file's in the same data set's run."""
    static = {row["dataset"]: row.get("rps") for row in rows if row["key"] == "static"}
    for row in rows:
        base = static.get(row["dataset"])
        if row.get("rps") is not None and base and row["key"] != "static":
            row["ratio"] = round(row["rps"] / base, 4)


def _misses(row, demo):
    """(had a target, [what missed]) for one row; `demo` is the demo's row of the same key."""
    kind = row["kind"]
    misses = []
    if row.get("problem"):
        misses.append(row["problem"])
    if row.get("errors"):
        misses.append(f"{row['errors']} errors")
    ms, queries, ratio = row.get("one_client_ms"), row.get("queries_cold"), row.get("ratio")
    if kind in ("page", "feed") and ratio is not None and ratio < CACHED_RATIO:
        misses.append(f"{ratio:.2f} of static < {CACHED_RATIO}")
    if kind == "page":
        if ms is not None and ms > PAGE_MS:
            misses.append(f"{ms:.0f} ms > {PAGE_MS}")
        if queries is not None and queries > PAGE_QUERIES:
            misses.append(f"{queries} queries > {PAGE_QUERIES}")
    if kind == "feed_build" and ms is not None and ms > FEED_BUILD_MS:
        misses.append(f"{ms:.0f} ms > {FEED_BUILD_MS}")
    if kind == "feed304" and ms is not None and ms > FEED_304_MS:
        misses.append(f"{ms:.1f} ms > {FEED_304_MS}")
    if kind == "free_slots":
        if ms is not None and ms > FREE_SLOTS_MS:
            misses.append(f"{ms:.0f} ms > {FREE_SLOTS_MS}")
        if demo and demo.get("queries_cold") not in (None, queries):
            misses.append(f"{queries} queries, demo {demo['queries_cold']}")
    demo_ms = demo.get("one_client_ms") if demo else None
    if kind == "page" and demo_ms and ms is not None and ms > REGIONAL_FACTOR * demo_ms:
        misses.append(f"{ms / demo_ms:.1f}× demo > {REGIONAL_FACTOR}")
    if kind == "booking":
        if row["rps"] < BOOKING_RPS:
            misses.append(f"{row['rps']:.0f}/s < {BOOKING_RPS}")
        if row["p95_ms"] > BOOKING_P95_MS:
            misses.append(f"p95 {row['p95_ms']:.0f} > {BOOKING_P95_MS}")
    if kind == "contended":
        if row["created"] != row["room"]:
            misses.append(f"{row['created']} made for {row['room']} places")
        ledger = row.get("ledger") or {}
        if ledger.get("over") or ledger.get("mismatched"):
            over, out_of_step = ledger.get("over"), ledger.get("mismatched")
            misses.append(f"ledger: {over} over capacity, {out_of_step} out of step")
        if ledger.get("sheets_mismatched"):
            misses.append(f"{ledger['sheets_mismatched']} day sheets out of step with the ledger")
    has_target = kind not in ("static", "api") or bool(misses)
    return has_target, misses


def add_verdicts(rows):
    demo = {row["key"]: row for row in rows if row["dataset"] == "demo"}
    for row in rows:
        other = demo.get(row["key"]) if row["dataset"] != "demo" else None
        has_target, misses = _misses(row, other)
        if not has_target:
            row["verdict"] = NONE
        elif misses:
            row["verdict"] = "miss: " + "; ".join(misses)
        elif row["kind"] == "contended":
            row["verdict"] = f"ok: {row['created']} made for {row['room']} places, ledger exact"
        else:
            row["verdict"] = "ok"


# --- The table ---------------------------------------------------------------------------


def _number(value, digits=1):
    if value is None:
        return NONE
    if digits == 0:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def table_rows(rows):
    out = []
    for row in rows:
        edit, cold, warm = (row.get(f"queries_{k}") for k in ("after_edit", "cold", "warm"))
        queries = (
            NONE
            if cold is None
            else "/".join(NONE if n is None else str(n) for n in (edit, cold, warm))
            if edit is not None or warm is not None
            else str(cold)
        )
        out.append(
            [
                row["dataset"],
                row["label"],
                _number(row.get("rps"), 0),
                _number(row.get("ratio"), 3),
                _number(row.get("p50_ms")),
                _number(row.get("p95_ms")),
                _number(row.get("p99_ms")),
                queries,
                _number(row.get("one_client_ms")),
                row.get("verdict", NONE),
            ]
        )
    return out


def text_table(columns, rows):
    widths = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(columns)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def markdown_table(columns, rows):
    def cells(values):
        return "| " + " | ".join(str(v).replace("|", "\\|") for v in values) + " |"

    return "\n".join([cells(columns), cells(["---"] * len(columns)), *map(cells, rows)])


def describe(meta):
    """The lines above the table: when, what, how."""
    lines = [
        f"Performance suite, {meta['started']} UTC, commit {meta.get('commit', '?')}",
        f"gunicorn -w {meta['workers']} (production settings) + task worker, wrk "
        f"{meta['seconds']} s × {meta['connections']} connections per address, "
        f"{meta.get('cpus', '?')} CPUs, load average {meta.get('load_before', '?')} before, "
        f"{meta.get('load_after', '?')} after; {meta.get('minutes', '?')} min in all",
    ]
    for dataset, data in meta.get("data", {}).items():
        scale = f" (scale {meta['scale']})" if dataset == "regional" else ""
        lines.append(
            f"{dataset}{scale}: {data['branches']} branches, {data['mobile_units']} mobile units, "
            f"{data['stops']} stops, {data['appointments']:,} appointments"
        )
    return lines


def render(run, markdown=False):
    rows = table_rows(run["rows"])
    head = describe(run["meta"])
    if markdown:
        return "\n\n".join(["\n".join(f"{line}  " for line in head), markdown_table(COLUMNS, rows)])
    return "\n".join([*head, "", text_table(COLUMNS, rows)])


# --- Files and comparing -----------------------------------------------------------------


def timestamp(moment=None):
    moment = moment or datetime.datetime.now(datetime.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def write_run(run, folder):
    """var/bench/<UTC timestamp>.json and .md; returns the JSON path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{run['meta']['stamp']}.json"
    path.write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
    path.with_suffix(".md").write_text(render(run, markdown=True) + "\n", encoding="utf-8")
    return path


def previous_run(folder, before):
    """The newest run in `folder` other than `before` (a path), or None."""
    runs = sorted(p for p in Path(folder).glob("*.json") if p.resolve() != Path(before).resolve())
    return runs[-1] if runs else None


def _delta(old, new, digits=1, percent=False):
    if old is None or new is None:
        return NONE
    if percent:
        change = f" ({(new - old) / old:+.0%})" if old else ""
        return f"{old:,.0f} → {new:,.0f}{change}"
    return f"{old:,.{digits}f} → {new:,.{digits}f}"


def _verdict_change(old, new):
    """ "ok", "miss", "—", or "miss → ok" when it changed (the details are in the table)."""
    old, new = (v.split(":")[0] if v else NONE for v in (old, new))
    return new if old == new else f"{old} → {new}"


def compare(old, new):
    """A table of what changed from run `old` to run `new` (rows matched by data set and key)."""
    before = {(row["dataset"], row["key"]): row for row in old["rows"]}
    rows = []
    for row in new["rows"]:
        was = before.get((row["dataset"], row["key"]))
        if was is None:
            continue
        rows.append(
            [
                row["dataset"],
                row["label"],
                _delta(was.get("rps"), row.get("rps"), percent=True),
                _delta(was.get("p50_ms"), row.get("p50_ms")),
                _delta(was.get("p95_ms"), row.get("p95_ms")),
                _delta(was.get("queries_cold"), row.get("queries_cold"), digits=0),
                _delta(was.get("one_client_ms"), row.get("one_client_ms")),
                _verdict_change(was.get("verdict"), row.get("verdict")),
            ]
        )
    columns = ["data", "what", "req/s", "p50 ms", "p95 ms", "queries cold", "1 client ms", "target"]
    then = old["meta"]
    title = (
        f"Compared with {then['stamp']} (commit {then.get('commit', '?')}, "
        f"wrk {then.get('seconds', '?')} s × {then.get('connections', '?')}, "
        f"scale {then.get('scale', '?')}, load average {then.get('load_before', '?')})"
    )
    return f"{title}\n{text_table(columns, rows)}" if rows else f"{title}: no row in common"
