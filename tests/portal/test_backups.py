"""`manage.py backup` and `restore`: a site backed up, restored into another database, served.

Each test builds its own databases in child processes (`manage.py` with
their own DATABASE_URL and MEDIA_ROOT), so the suite's test database is
never touched: the PostgreSQL one loads the demo site into a new database,
backs it up with pg_dump, restores it into a second new database and serves
pages from it; the SQLite one does the same with a small site.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run in the restored site: pages served, and what the backup should have kept.
INSPECT = """
import json
from django.test import Client
from wagtail.models import Page, Revision
from booking.models import Appointment
client = Client()
home = client.get("/el/")
pages = {p.url_path_el: Client().get(p.get_url()).status_code
         for p in Page.objects.live().filter(depth__gt=1).specific()}
print(json.dumps({
    "home": home.status_code,
    "home_text": home.content.decode(),
    "pages": pages,
    "counts": [Page.objects.count(), Revision.objects.count(), Appointment.objects.count()],
    "appointments": sorted(Appointment.objects.values_list("reference", flat=True)),
}))
"""


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result


def site_env(database_url, media):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "REDIS_URL": "",
    }


def last_json(result):
    return json.loads(result.stdout.strip().splitlines()[-1])


def inspect(env):
    return last_json(manage(env, "shell", "-c", INSPECT))


def back_up_and_restore(tmp_path, source, target):
    """Back up `source`, restore into `target`; returns (before, after, archive)."""
    (tmp_path / "media-a" / "documents").mkdir(parents=True)
    (tmp_path / "media-a" / "documents" / "leaflet.txt").write_text("Κέντρο Κοινότητας")
    made = manage(source, "backup", "--output", str(tmp_path / "backups"))
    archive = Path(made.stdout.strip().splitlines()[-1])
    assert archive.name.startswith("backup-") and archive.name.endswith(".tar.gz")

    manage(target, "restore", str(archive))

    refused = manage(target, "restore", str(archive), check=False)
    assert refused.returncode == 1
    assert "already holds tables" in refused.stderr
    manage(target, "restore", str(archive), "--force")
    assert (tmp_path / "media-b" / "documents" / "leaflet.txt").read_text() == "Κέντρο Κοινότητας"
    return inspect(source), inspect(target), archive


@pytest.fixture
def postgres_databases():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("pg_dump and pg_restore need PostgreSQL: run with DATABASE_URL=postgres://…")
    config = dj_database_url.parse(url)
    suffix = uuid.uuid4().hex[:8]
    names = [f"{config['NAME']}_backup_{suffix}_{side}" for side in ("a", "b")]
    admin = psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    for name in names:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = url.rsplit("/", 1)[0]
    try:
        yield [f"{base}/{name}" for name in names]
    finally:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_postgresql_demo_site_is_restored_and_served(tmp_path, postgres_databases):
    source = site_env(postgres_databases[0], tmp_path / "media-a")
    target = site_env(postgres_databases[1], tmp_path / "media-b")
    manage(source, "migrate", "--noinput", "-v", "0")
    manage(source, "load_demo", "--skip-index")

    before, after, archive = back_up_and_restore(tmp_path, source, target)

    assert after["home"] == 200
    assert "Κέντρο Κοινότητας" in after["home_text"]
    assert after["pages"] and set(after["pages"].values()) == {200}
    assert after["pages"] == before["pages"]
    assert after["counts"] == before["counts"]
    assert after["appointments"] == before["appointments"]
    assert len(after["appointments"]) >= 1
    manifest = last_json(manage(source, "shell", "-c", manifest_script(archive)))
    assert manifest["engine"] == "postgresql"
    assert manifest["database_file"] == "database.dump"
    assert "booking.0001_initial" in manifest["migrations"]
    assert manifest["row_counts"]["booking_appointment"] == len(before["appointments"])
    assert manifest["media_files"] == 1


def test_sqlite_site_is_restored_and_served(tmp_path):
    source = site_env(f"sqlite:///{tmp_path / 'a.sqlite3'}", tmp_path / "media-a")
    target = site_env(f"sqlite:///{tmp_path / 'b.sqlite3'}", tmp_path / "media-b")
    manage(source, "migrate", "--noinput", "-v", "0")
    manage(source, "shell", "-c", "from tests.builders import make_site; make_site()")

    before, after, archive = back_up_and_restore(tmp_path, source, target)

    assert after["home"] == 200
    assert after["counts"] == before["counts"]
    manifest = last_json(manage(source, "shell", "-c", manifest_script(archive)))
    assert manifest["engine"] == "sqlite"
    assert manifest["database_file"] == "database.sqlite3"


def manifest_script(archive):
    return (
        "import json; from portal.backups import read_manifest; "
        f"print(json.dumps(read_manifest({str(archive)!r})))"
    )
