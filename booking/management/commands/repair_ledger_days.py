"""Compare the ledger's day sheets with the ledger, and rewrite those that differ."""

from django.core.management.base import BaseCommand, CommandError

from booking import ledger_days


class Command(BaseCommand):
    help = (
        "Check that the ledger's day sheets (what free slots read) equal the ledger, and "
        "rewrite any that do not (after a change of BOOKING_GRID_MINUTES, or a ledger "
        "edited by hand). PostgreSQL only; nothing to do elsewhere."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only report; exit with status 1 when a sheet differs.",
        )

    def handle(self, *args, check=False, **options):
        if not ledger_days.enabled():
            self.stdout.write("No day sheets on this database: nothing to check.")
            return
        if check:
            wrong = ledger_days.check()
            for key, day in wrong[:20]:
                self.stdout.write(f"{key} day {day}: differs from the ledger")
            if wrong:
                raise CommandError(f"{len(wrong)} day sheets differ from the ledger.")
            self.stdout.write("Every day sheet equals the ledger.")
            return
        repaired = ledger_days.repair()
        self.stdout.write(f"Rewrote {repaired} day sheets from the ledger.")
