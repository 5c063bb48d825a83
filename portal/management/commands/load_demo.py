"""Load the demo site: `python manage.py load_demo` (idempotent).

Each app that has demo content provides `<app>.demo.load(stdout)`; they run
in INSTALLED_APPS order (portal, services, booking, feedback, figures), so later
apps can rely on the pages the earlier ones built. Afterwards the search
and reference indexes are rebuilt, as Wagtail's bakerydemo does.

The texts themselves live in the checkout's top-level `demo_content/`
folder, which is not installed with the packages: run this from a checkout.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

PROJECT_APPS = (
    "portal",
    "services_catalog",
    "booking",
    "callbacks",
    "contact",
    "referrals",
    "feedback",
    "figures",
    "finder",
    "home_visits",
    "activities",
)


class Command(BaseCommand):
    help = "Create or update the demo content in all four languages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-index", action="store_true", help="Do not rebuild the search index."
        )

    def handle(self, *args, **options):
        if find_spec("demo_content") is None:
            raise CommandError(
                "The demo texts (demo_content/) are not installed with the packages: "
                "run load_demo from a checkout of the project."
            )
        with translation.override("el"):
            for label in PROJECT_APPS:
                if not apps.is_installed(label):
                    continue
                try:
                    module = import_module(f"{label}.demo")
                except ModuleNotFoundError as missing:
                    if missing.name != f"{label}.demo":
                        raise
                    continue
                if hasattr(module, "load"):
                    module.load(self.stdout)
            username, password = import_module("portal.demo.site").ensure_admin(self.stdout)
        if not options["skip_index"]:
            call_command("update_index", verbosity=0)
            call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(
            f"Wagtail admin: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
        )
        if apps.is_installed("booking"):
            # The portal does not depend on the booking app; it asks only when installed.
            from booking.demo import FRONT_DESK_USERNAME  # noqa: PLC0415

            self.stdout.write(
                f"Front desk (appointments only): user: {FRONT_DESK_USERNAME}  password: {password}"
            )
        self.stdout.write(
            "Staff sign in with a second factor: the first sign-in asks to set up an "
            "authenticator app (any TOTP app; the page also shows the key to type in)."
        )
