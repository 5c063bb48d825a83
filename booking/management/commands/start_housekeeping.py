"""Start the hourly housekeeping task (reminders, anonymisation) once after deploying.

With the database task backend the task re-enqueues itself every hour; run
this once per deployment (it does nothing when a run is already queued).
With the immediate backend it simply runs housekeeping now.
"""

from django.core.management.base import BaseCommand

from booking.tasks import housekeeping, housekeeping_pending


class Command(BaseCommand):
    help = "Queue the booking housekeeping task unless one is already queued."

    def handle(self, *args, **options):
        if housekeeping_pending():
            self.stdout.write("Housekeeping is already queued.")
            return
        result = housekeeping.enqueue()
        self.stdout.write(f"Housekeeping queued ({result.id}).")
