"""Empty the personal data of appointments past the retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from booking.retention import anonymise_due


class Command(BaseCommand):
    help = "Anonymise appointments that ended more than BOOKING_RETENTION_DAYS ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=(
                "Retention period in days "
                f"(default: the setting, {settings.BOOKING_RETENTION_DAYS})."
            ),
        )

    def handle(self, *args, **options):
        count = anonymise_due(days=options["days"])
        self.stdout.write(f"Anonymised {count} appointment(s).")
