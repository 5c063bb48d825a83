"""Empty the personal data of appointments past the retention period."""

from booking.retention import anonymise_due

from ._retention import RetentionCommand


class Command(RetentionCommand):
    help = (
        "Anonymise appointments that ended more than BOOKING_RETENTION_DAYS ago "
        "(the other doors' records are emptied by the hourly housekeeping)."
    )
    retention_setting = "BOOKING_RETENTION_DAYS"

    def handle(self, *args, **options):
        count = anonymise_due(days=options["days"])
        self.stdout.write(f"Anonymised {count} appointment(s).")
