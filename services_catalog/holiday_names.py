"""Names of the Greek public holidays in the page's language.

`schedules.public_holiday()` names a holiday the way the `holidays` package
does in Greek ("Θεοφάνεια"); an occurrence keeps that name. The package
speaks only Greek, American English and Ukrainian for Greece
(`holidays.GR.supported_languages`), so the names a page shows come from the
project's catalogues instead: the msgids are the package's American English
names (context "public holiday"), translated in locale/{el,en,ar,fa}.

A name the package gains in a later version and this list lacks is shown as
the package gives it in Greek, so nothing breaks; `tests` check that every
name of the coming years is listed.
"""

from django.utils import translation
from django.utils.translation import get_language, pgettext, pgettext_lazy

# Greek name (holidays.GR, language="el") -> its name in the catalogues.
NAMES = {
    "Πρωτοχρονιά": pgettext_lazy("public holiday", "New Year's Day"),
    "Θεοφάνεια": pgettext_lazy("public holiday", "Epiphany"),
    "Καθαρά Δευτέρα": pgettext_lazy("public holiday", "Green Monday"),
    "Εικοστή Πέμπτη Μαρτίου": pgettext_lazy("public holiday", "Independence Day"),
    "Μεγάλη Παρασκευή": pgettext_lazy("public holiday", "Good Friday"),
    "Δευτέρα του Πάσχα": pgettext_lazy("public holiday", "Easter Monday"),
    "Εργατική Πρωτομαγιά": pgettext_lazy("public holiday", "Labor Day"),
    "Δευτέρα του Αγίου Πνεύματος": pgettext_lazy("public holiday", "Pentecost Monday"),
    "Κοίμηση της Θεοτόκου": pgettext_lazy("public holiday", "Dormition of the Mother of God"),
    "Ημέρα του Όχι": pgettext_lazy("public holiday", "Ohi Day"),
    "Χριστούγεννα": pgettext_lazy("public holiday", "Christmas Day"),
    "Σύναξη της Υπεραγίας Θεοτόκου": pgettext_lazy("public holiday", "Glorifying Mother of God"),
}

# A holiday moved to another day ("Εργατική Πρωτομαγιά (παρατηρήθηκε)").
OBSERVED_SUFFIX = " (παρατηρήθηκε)"


def holiday_name(greek_name, language=None):
    """The holiday called `greek_name` in Greek, named in `language` (default: the active one)."""
    if not greek_name:
        return ""
    language = (language or get_language() or "el").split("-")[0]
    if language == "el":
        return greek_name
    observed = greek_name.endswith(OBSERVED_SUFFIX)
    base = greek_name.removesuffix(OBSERVED_SUFFIX) if observed else greek_name
    name = NAMES.get(base)
    if name is None:
        return greek_name
    with translation.override(language):
        if observed:
            return pgettext("public holiday", "%(holiday)s (observed)") % {"holiday": str(name)}
        return str(name)
