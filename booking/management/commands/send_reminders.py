"""Send the day-before reminders that are due (run hourly, or let housekeeping do it)."""

from django.core.management.base import BaseCommand

from booking.notifications import send_due_reminders


class Command(BaseCommand):
    help = "Remind citizens of tomorrow's appointments (each once)."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_due_reminders()} reminder(s).")
