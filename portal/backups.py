"""Back up and restore everything that matters: the database and the media files.

`manage.py backup` writes one archive, `backup-<UTC time>.tar.gz`, holding

- `database.dump`: `pg_dump --format=custom` of the whole database
  (PostgreSQL), or `database.sqlite3`: a consistent copy made with SQLite's
  online backup API (the embedded default);
- `media/`: every uploaded file (images, documents) under MEDIA_ROOT;
- `manifest.json`: when, from which git revision, which database engine,
  the migrations applied, a few row counts and the dump's SHA-256.

`manage.py restore <archive>` puts both back into the database and
MEDIA_ROOT the settings name. It refuses a database that already holds
tables, or a MEDIA_ROOT with files, unless `--force` (which empties them
first). The archive must come from the same engine.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection, connections

MANIFEST = "manifest.json"
PG_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA = "media"
COUNTED_TABLES = ("wagtailcore_page", "booking_appointment", "wagtailimages_image")


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


def database_settings():
    return settings.DATABASES["default"]


def vendor():
    return connection.vendor


def create_backup(folder, *, now=None):
    """Write a backup archive into `folder`; returns its path."""
    now = now or datetime.datetime.now(datetime.UTC)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / f"backup-{now:%Y%m%dT%H%M%SZ}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as work:
        dump = Path(work) / (PG_DUMP if vendor() == "postgresql" else SQLITE_COPY)
        if vendor() == "postgresql":
            _pg_dump(dump)
        elif vendor() == "sqlite":
            _sqlite_copy(Path(database_settings()["NAME"]), dump)
        else:
            raise BackupError(f"No backup for a {vendor()} database.")
        media_root = Path(settings.MEDIA_ROOT)
        manifest = _manifest(now, dump, media_root)
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
            tar.add(dump, arcname=dump.name)
            if media_root.is_dir():
                tar.add(media_root, arcname=MEDIA)
        partial.rename(archive)  # never a half-written archive under the final name
    return archive


def read_manifest(archive):
    with tarfile.open(archive, "r:gz") as tar:
        return json.load(tar.extractfile(MANIFEST))


def restore_backup(archive, *, force=False):
    """Restore the database and media files from `archive`; returns its manifest."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"No archive at {archive}.")
    manifest = read_manifest(archive)
    if manifest["engine"] != vendor():
        raise BackupError(
            f"The archive holds a {manifest['engine']} database; this site uses {vendor()}."
        )
    if not force and database_tables():
        raise BackupError(
            "The database already holds tables: restore into a new, empty database, "
            "or pass --force to replace everything in it."
        )
    media_root = Path(settings.MEDIA_ROOT)
    if not force and media_root.is_dir() and any(media_root.iterdir()):
        raise BackupError(
            f"{media_root} already holds files: restore into an empty folder, "
            "or pass --force to replace them."
        )
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as work:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")  # no absolute paths, links or ../
        dump = Path(work) / (PG_DUMP if vendor() == "postgresql" else SQLITE_COPY)
        if _sha256(dump) != manifest["database_sha256"]:
            raise BackupError("The database dump in the archive is damaged (checksum differs).")
        if vendor() == "postgresql":
            _pg_restore(dump)
        else:
            _sqlite_restore(dump, Path(database_settings()["NAME"]))
        if media_root.exists():
            shutil.rmtree(media_root)
        if (Path(work) / MEDIA).is_dir():
            shutil.copytree(Path(work) / MEDIA, media_root)
        else:
            media_root.mkdir(parents=True, exist_ok=True)
    return manifest


def database_tables():
    connection.ensure_connection()
    return connection.introspection.table_names()


def applied_migrations():
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        return [f"{app}.{name}" for app, name in cursor.fetchall()]


def _manifest(now, dump, media_root):
    files = [p for p in media_root.rglob("*") if p.is_file()] if media_root.is_dir() else []
    tables = set(database_tables())
    counts = {}
    with connection.cursor() as cursor:
        for table in COUNTED_TABLES:
            if table in tables:
                cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
                counts[table] = cursor.fetchone()[0]
    return {
        "format": 1,
        "created_at": now.isoformat(),
        "git_revision": _git_revision(),
        "engine": vendor(),
        "database_file": dump.name,
        "database_sha256": _sha256(dump),
        "migrations": applied_migrations(),
        "row_counts": counts,
        "media_files": len(files),
        "media_bytes": sum(p.stat().st_size for p in files),
    }


def _git_revision():
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return result.stdout.strip()


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.datetime.now(datetime.UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def _pg_environment():
    """libpq's variables for the configured database (the password never on a command line)."""
    db = database_settings()
    env = {**os.environ, "PGDATABASE": db["NAME"]}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if db.get(key):
            env[variable] = str(db[key])
    return env


def _run(command):
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed: apt-get install postgresql-client "
            "(its major version at least the server's)."
        )
    result = subprocess.run(command, env=_pg_environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed:\n{result.stderr.strip()}")


def _pg_dump(path):
    _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={path}"])


def _pg_restore(path):
    connection.close()
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    connection.close()
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={database_settings()['NAME']}",
            str(path),
        ]
    )


def _sqlite_copy(source, target):
    """A consistent copy of a live SQLite database (its online backup API, not cp)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


def _sqlite_restore(copy, target):
    connections.close_all()
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    _sqlite_copy(copy, target)
