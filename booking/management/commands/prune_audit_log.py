"""Delete booking audit entries older than the retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from booking.audit import prune


class Command(BaseCommand):
    help = "Delete booking audit-trail entries older than AUDIT_LOG_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=(
                "Retention period in days "
                f"(default: the setting, {settings.AUDIT_LOG_RETENTION_DAYS})."
            ),
        )

    def handle(self, *args, **options):
        count = prune(days=options["days"])
        self.stdout.write(f"Deleted {count} audit entr{'y' if count == 1 else 'ies'}.")
