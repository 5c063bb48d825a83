"""Load a region's whole network on top of the demo: `manage.py load_regional_data`.

About 60 branches, 40 mobile units with 1,000 stops, the demo's services
offered at them, and 200,000 past and future appointments with their
ledger rows (`--scale 0.01` for a hundredth of it). For the performance
suite: run it once on a database that holds the demo (`load_demo`); it
refuses to run a second time. Deterministic for a given `--seed`.

It lives in `booking` because it builds both halves of the data set, the
catalogue's (`services_catalog.demo.regional`) and the appointments
(`booking.regional`), and booking is the app allowed to use the catalogue.
"""

import contextlib
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils import translation

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler

from booking import regional as regional_appointments
from services_catalog.demo import regional as regional_catalogue
from services_catalog.models import PlacesIndexPage, ServicePage


class Command(BaseCommand):
    help = (
        "Add a region's network (60 branches, 40 mobile units, 1,000 stops, 200,000 "
        "appointments) to the demo site, for benchmarks."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Multiply every count by this (e.g. 0.01 for tests); default 1.",
        )
        parser.add_argument(
            "--seed", type=int, default=0, help="Seed of the random choices; default 0."
        )

    def handle(self, *args, scale, seed, **options):
        if not 0 < scale <= 10:
            raise CommandError("--scale must be more than 0 and at most 10.")
        if not PlacesIndexPage.objects.exists() or not ServicePage.objects.live().exists():
            raise CommandError("Load the demo site first: manage.py load_demo")
        if regional_catalogue.is_loaded():
            raise CommandError(
                "The regional data set is already loaded in this database. It is loaded "
                "once, into a database that holds only the demo: start from a fresh one."
            )
        started = time.monotonic()
        with translation.override("el"), transaction.atomic():
            # Wagtail updates a page's search entry and references on every save
            # of the page and of each inline child (a page is saved two or three
            # times on its way to being published): once per page at the end.
            with disable_reference_index_auto_update(), search_index_deferred():
                network = regional_catalogue.load_regional(self.stdout, scale=scale, seed=seed)
            for page in network.pages():
                ReferenceIndex.create_or_update_for_object(page)
                search_index.insert_or_update_object(page)
            self.stdout.write(f"  ({time.monotonic() - started:.0f} s)")
            regional_appointments.load_regional(self.stdout, network, scale=scale, seed=seed)
        analyse(self.stdout)
        self.stdout.write(
            self.style.SUCCESS(f"Regional data set is ready ({time.monotonic() - started:.0f} s).")
        )


def analyse(stdout):
    """Give PostgreSQL's planner the new tables' statistics at once.

    Autovacuum would gather them some minutes later; until then the planner
    takes the appointments table for empty and the free-slot query sorts its
    ~190,000 ledger cells on disk (measured: twice as slow as after ANALYZE).
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    stdout.write("  statistics gathered (ANALYZE)")


@contextlib.contextmanager
def search_index_deferred():
    """No search index update on each save of an indexed model until the block ends."""
    models = [
        m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
