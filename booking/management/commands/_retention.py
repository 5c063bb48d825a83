"""What the commands that delete or empty old records share: a `--days` option."""

from django.conf import settings
from django.core.management.base import BaseCommand


class RetentionCommand(BaseCommand):
    """A command that acts on records older than a retention period (a setting)."""

    retention_setting = ""  # the setting that gives the period in days

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=(
                "Retention period in days "
                f"(default: the setting, {getattr(settings, self.retention_setting)})."
            ),
        )
