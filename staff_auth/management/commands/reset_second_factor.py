"""Reset a staff member's second factor (a lost or replaced phone).

Deletes their authenticator app and recovery codes; at their next sign-in they
set up a new app. Recorded in Wagtail's audit log (Reports → Site history).
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from staff_auth import devices


class Command(BaseCommand):
    help = "Delete a user's second-factor devices so that they set up a new one at next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No user {username!r}.") from error
        count = devices.reset(user)
        self.stdout.write(
            f"Removed {count} second-factor device(s) of {username}; "
            "they set up an authenticator app at their next sign-in."
        )
