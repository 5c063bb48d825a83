"""Delete booking audit entries older than the retention period."""

from booking.audit import prune

from ._retention import RetentionCommand


class Command(RetentionCommand):
    help = "Delete booking audit-trail entries older than AUDIT_LOG_RETENTION_DAYS."
    retention_setting = "AUDIT_LOG_RETENTION_DAYS"

    def handle(self, *args, **options):
        count = prune(days=options["days"])
        self.stdout.write(f"Deleted {count} audit entr{'y' if count == 1 else 'ies'}.")
