"""Wagtail's own strings that the project's catalogues provide or correct.

A msgid in the project's catalogues overrides Wagtail's, because
`LOCALE_PATHS` come first. Marking them here keeps them in the catalogues
when `make makemessages` drops what the project's code does not use.
"""

from django.utils.translation import ngettext_lazy

# Translators: Wagtail's listings (the count above the appointments list);
# Wagtail's Greek catalogue lacks it and its Arabic plural forms are wrong.
LISTING_MATCHES = ngettext_lazy(
    "There is %(counter)s match", "There are %(counter)s matches", "counter"
)
