"""Make every page in the page cache stale, on every worker and host (portal.page_cache).

Saves through Django and Wagtail already do this; run it after changing the
database by other means (SQL, a restore) or after a release that changed
templates without a migration.
"""

from django.core.management.base import BaseCommand

from portal import page_cache


class Command(BaseCommand):
    help = "Make every cached page stale (bumps the page cache's content generation)."

    def handle(self, *args, **options):
        page_cache.bump()
        self.stdout.write(f"Page cache generation: {page_cache.current_generation()}")
