"""The month names Django prints in dates ("F" and "E" formats), for the project's catalogues.

Django takes them from its own catalogue (django/utils/dates.py). Listing the
msgids here keeps them in `locale/` through `makemessages`, and the project's
catalogues win over Django's own (LOCALE_PATHS). That is how Arabic dates show
the names readers from Syria and Iraq use with the Egyptian ones beside them,
«كانون الثاني (يناير)», as locale/GLOSSARY.md says.
"""

# pgettext_lazy rather than a "noop": xgettext, as Django calls it, knows no pgettext_noop.
from django.utils.translation import gettext_noop, pgettext_lazy

# The "F" format (MONTHS in django/utils/dates.py).
MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]

# The "E" format (MONTHS_ALT: the form used after a day number, genitive in Greek).
MONTHS_ALT = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
