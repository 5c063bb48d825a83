"""Print the portal's language codes from settings.LANGUAGES, for shell tools.

`make makemessages` runs `manage.py language_codes --flags` to get
`-l el -l en -l ar -l fa`, so the Makefile never lists the languages itself.
"""

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Print the language codes of settings.LANGUAGES (with --flags: as makemessages -l options)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--flags", action="store_true", help="print `-l el -l en …` for makemessages"
        )

    def handle(self, *args, flags=False, **options):
        codes = [code for code, _name in settings.LANGUAGES]
        if flags:
            self.stdout.write(" ".join(f"-l {code}" for code in codes))
        else:
            self.stdout.write(" ".join(codes))
