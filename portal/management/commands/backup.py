"""Back up the database and the media files into one archive: `manage.py backup`.

See `portal.backups` for what the archive holds; README "Backups" for how
often and where to keep it.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.backups import BackupError, create_backup, read_manifest


class Command(BaseCommand):
    help = "Write backup-<UTC time>.tar.gz: a database dump, the media files and a manifest."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BASE_DIR / "var" / "backups"),
            help="Folder for the archive (default: var/backups).",
        )

    def handle(self, *args, output, **options):
        try:
            archive = create_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = read_manifest(archive)
        counts = ", ".join(f"{table} {n}" for table, n in manifest["row_counts"].items())
        self.stdout.write(
            f"{manifest['engine']} database ({counts}), {manifest['media_files']} media files, "
            f"{len(manifest['migrations'])} migrations, revision {manifest['git_revision'][:12]}"
        )
        self.stdout.write(self.style.SUCCESS(str(archive)))
