"""Empty the personal data of appointments past the retention period."""

from booking.retention import anonymise_due, anonymise_other_doors

from ._retention import RetentionCommand


class Command(RetentionCommand):
    help = (
        "Anonymise appointments that ended more than BOOKING_RETENTION_DAYS ago "
        "(and the other doors' records, such as referrals, under the same rule)."
    )
    retention_setting = "BOOKING_RETENTION_DAYS"

    def handle(self, *args, **options):
        count = anonymise_due(days=options["days"])
        self.stdout.write(f"Anonymised {count} appointment(s).")
        # The other doors into the centre (referrals…) keep their personal data as long.
        for door, emptied in anonymise_other_doors(days=options["days"]).items():
            self.stdout.write(f"Anonymised {emptied} {door} record(s).")
