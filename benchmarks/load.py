"""The performance suite (`make bench`): the production server under wrk, demo and regional data.

    .venv/bin/python benchmarks/load.py                     # both data sets
    .venv/bin/python benchmarks/load.py --datasets demo     # the demo only (no 10-minute load)
    .venv/bin/python benchmarks/load.py --compare var/bench/20270111T090000Z.json

What it does (README, "Benchmarks"):

1. Creates the database named by BENCH_DATABASE_URL, else DATABASE_URL, else
   postgres://postgres@127.0.0.1:5432/portal_bench — dropped first if it exists,
   so its name must contain "bench" — migrates it, loads the demo, and copies it
   (CREATE DATABASE … TEMPLATE) to `<name>_regional` before anything else writes.
2. collectstatic with the production settings (WhiteNoise serves the result).
3. Demo: benchmarks/load_phase.py in a subprocess (production server + task
   worker, wrk on every address, booking POSTs, queries and one-client times).
4. Regional: `manage.py load_regional_data --scale BENCH_SCALE` into the copy,
   then the same.
5. Prints ONE table, writes var/bench/<UTC timestamp>.json and .md, and prints
   what changed since the previous run (or since --compare FILE).
6. Drops both databases unless BENCH_KEEP_DATABASES=1.

Measurements, not tests: the exit status is 0 whatever the verdicts, 1 only
when the suite itself could not run.
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import report  # noqa: E402
from benchmarks.wrk import WrkMissing, wrk_path  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
RESULTS = ROOT / "var" / "bench"


def env(name, default):
    return type(default)(os.environ.get(name, default))


def database_url():
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("DATABASE_URL")
    url = url or DEFAULT_DATABASE_URL
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        sys.exit(f"The performance suite needs PostgreSQL; DATABASE_URL is {parts.scheme}://…")
    name = parts.path.lstrip("/")
    if "bench" not in name:
        sys.exit(
            f"The suite drops and recreates its database; {name!r} does not look like a "
            "benchmark database. Name one with 'bench' in it: "
            f"BENCH_DATABASE_URL={urlunsplit(parts._replace(path='/portal_bench'))}"
        )
    return url


def with_name(url, name):
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def admin_connection(url):
    """An autocommit connection to the server's `postgres` database (to create and drop)."""
    import psycopg

    parts = urlsplit(url)
    return psycopg.connect(
        host=parts.hostname or None,
        port=parts.port or 5432,
        user=parts.username or None,
        password=parts.password or None,
        dbname="postgres",
        autocommit=True,
    )


def recreate(url, name, template=None):
    from psycopg import sql

    with admin_connection(url) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        if template:
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        else:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop(url, name):
    from psycopg import sql

    with admin_connection(url) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def base_environment(redis_url, port):
    """What the server, the worker, the phase process and manage.py run with."""
    public = f"http://127.0.0.1:{port or 8000}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(48),
        "SECURE_SSL_REDIRECT": "false",
        "PUBLIC_BASE_URL": public,
        "WAGTAILADMIN_BASE_URL": public,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": os.environ.get("BENCH_CACHE_KEY_PREFIX", "portal-bench"),
        "TASKS_BACKEND": "database",
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
    }


def manage(environment, *args, quiet=True):
    """manage.py with the production settings; loading runs tasks at once (no queue to drain)."""
    started = time.monotonic()
    print(f"$ manage.py {' '.join(args)}", flush=True)
    finished = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**environment, "TASKS_BACKEND": "immediate", "LOG_LEVEL": "WARNING"},
        stdout=subprocess.PIPE if quiet else None,
        stderr=subprocess.STDOUT if quiet else None,
        text=True,
        check=False,
    )
    if finished.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{(finished.stdout or '')[-4000:]}")
    print(f"  ({time.monotonic() - started:.0f} s)", flush=True)


def run_phase(environment, dataset):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        result_path = out.name
    try:
        finished = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--phase",
                dataset,
                "--result",
                result_path,
            ],
            cwd=ROOT,
            env=environment,
            check=False,
        )
        if finished.returncode:
            sys.exit(f"The {dataset} phase failed (exit status {finished.returncode}).")
        return json.loads(Path(result_path).read_text(encoding="utf-8"))
    finally:
        os.unlink(result_path)


def git_commit():
    finished = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return finished.stdout.strip() or "?"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", default=os.environ.get("BENCH_DATASETS", "demo,regional"))
    parser.add_argument(
        "--compare", help="a run's JSON file to compare with (default: the previous run)"
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        from benchmarks.load_phase import run_phase as phase

        phase(args.phase, args.result)
        return
    datasets = [name.strip() for name in args.datasets.split(",") if name.strip()]
    if not set(datasets) <= {"demo", "regional"} or not datasets:
        sys.exit("--datasets: demo, regional or both")
    try:
        wrk_path()
    except WrkMissing as missing:
        sys.exit(str(missing))

    url = database_url()
    redis_url = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
    port = env("BENCH_PORT", 0)
    scale = env("BENCH_SCALE", 1.0)
    environment = base_environment(redis_url, port)
    name = urlsplit(url).path.lstrip("/")
    regional_name = f"{name}_regional"
    meta = {
        "stamp": report.timestamp(),
        "started": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        "commit": git_commit(),
        "seconds": env("BENCH_SECONDS", 10),
        "connections": env("BENCH_CONNECTIONS", 16),
        "workers": env("BENCH_WORKERS", 4),
        "scale": scale,
        "cpus": os.cpu_count(),
        "load_before": round(os.getloadavg()[0], 2),
        "datasets": datasets,
        "data": {},
    }
    rows = []
    started = time.monotonic()
    try:
        print(f"Database {name} (dropped and created), Redis {redis_url}", flush=True)
        recreate(url, name)
        demo_env = {**environment, "DATABASE_URL": url}
        manage(demo_env, "migrate", "--noinput", "-v", "0")
        manage(demo_env, "load_demo")
        manage(demo_env, "collectstatic", "--noinput", "-v", "0")
        if "regional" in datasets:
            recreate(url, regional_name, template=name)  # the demo, before anything books
        for dataset in datasets:
            phase_env = demo_env
            if dataset == "regional":
                phase_env = {**environment, "DATABASE_URL": with_name(url, regional_name)}
                manage(phase_env, "load_regional_data", "--scale", str(scale), "--seed", "0")
            result = run_phase(phase_env, dataset)
            meta["data"][dataset] = result["data"]
            rows += result["rows"]
    finally:
        if os.environ.get("BENCH_KEEP_DATABASES") != "1":
            for database in (name, regional_name):
                drop(url, database)
    meta["minutes"] = round((time.monotonic() - started) / 60, 1)
    meta["load_after"] = round(os.getloadavg()[0], 2)
    report.add_ratios(rows)
    report.add_verdicts(rows)
    run = {"meta": meta, "rows": rows}
    print("\n" + report.render(run))
    path = report.write_run(run, RESULTS)
    print(f"\nWritten: {path.relative_to(ROOT)} and {path.with_suffix('.md').relative_to(ROOT)}")
    other = Path(args.compare) if args.compare else report.previous_run(RESULTS, path)
    if other:
        print("\n" + report.compare(json.loads(other.read_text(encoding="utf-8")), run))


if __name__ == "__main__":
    main()
