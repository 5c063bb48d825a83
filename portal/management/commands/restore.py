"""Restore a backup made by `manage.py backup`: `manage.py restore <archive> [--force]`.

Into the database and MEDIA_ROOT the settings name; refuses a database
with tables or a MEDIA_ROOT with files unless --force. Run `migrate`
afterwards when this checkout is newer than the backup.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from portal.backups import BackupError, applied_migrations, restore_backup


class Command(BaseCommand):
    help = "Restore the database and the media files from a backup archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A backup-….tar.gz written by manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database that holds tables and media files that exist.",
        )

    def handle(self, *args, archive, force, **options):
        try:
            manifest = restore_backup(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']} "
            f"(revision {manifest['git_revision'][:12]}, {manifest['media_files']} media files)."
        )

        known = {f"{app}.{name}" for app, name in MigrationLoader(connection).disk_migrations}
        unknown = sorted(set(applied_migrations()) - known)
        if unknown:
            self.stdout.write(
                self.style.WARNING(
                    f"The backup was made by newer code ({len(unknown)} migrations this "
                    f"checkout does not have, e.g. {unknown[0]}): check out revision "
                    f"{manifest['git_revision']} to serve it."
                )
            )
        elif known - set(applied_migrations()):
            self.stdout.write("This checkout has newer migrations: run manage.py migrate.")
        self.stdout.write(self.style.SUCCESS("Done."))
