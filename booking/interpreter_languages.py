"""The interpreter languages: a fixed list stored as codes, shown in the reader's language.

Codes are ISO 639-1 where there is one (`rom`, Romani, has only ISO 639-3), and
`other` with the language typed in `interpreter_language_other`. Staff read the
label in their admin language, the citizen in theirs: "ar" is «Αραβικά» at the
desk and «العربية» on the citizen's confirmation.

`code_for(text)` recognises a language *name* as people type it, in any of the
four languages of the portal (and a few usual spellings): what the data
migration maps old free text with, and what older API clients may still send.
"""

import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _


class InterpreterLanguage(models.TextChoices):
    ARABIC = "ar", _("Arabic")
    FARSI = "fa", _("Farsi (Persian, Dari)")
    PASHTO = "ps", _("Pashto")
    URDU = "ur", _("Urdu")
    KURDISH = "ku", _("Kurdish")
    BENGALI = "bn", _("Bengali")
    PUNJABI = "pa", _("Punjabi")
    SOMALI = "so", _("Somali")
    TIGRINYA = "ti", _("Tigrinya")
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")
    TURKISH = "tr", _("Turkish")
    ALBANIAN = "sq", _("Albanian")
    RUSSIAN = "ru", _("Russian")
    UKRAINIAN = "uk", _("Ukrainian")
    ROMANI = "rom", _("Romani")
    OTHER = "other", _("Another language")


OTHER = InterpreterLanguage.OTHER
CODES = tuple(str(code) for code in InterpreterLanguage.values)
OTHER_MAX = 60

# Names as people write them, in Greek, English, Arabic and Farsi (compared after
# `normalise`): the labels of the four catalogues and the usual other spellings.
NAMES = {
    "ar": ["Arabic", "Αραβικά", "Αραβική", "العربية", "عربي", "عربى", "عربی", "اللغة العربية"],
    "fa": [
        "Farsi",
        "Persian",
        "Dari",
        "Farsi (Persian, Dari)",
        "Φαρσί",
        "Περσικά",
        "Νταρί",
        "الفارسية",
        "فارسي",
        "فارسی",
        "پارسی",
        "دری",
        "دری (فارسی)",
        "فارسی (دری)",
    ],
    "ps": ["Pashto", "Pashtu", "Παστού", "Πάστο", "البشتوية", "البشتونية", "پشتو"],
    "ur": ["Urdu", "Ουρντού", "الأردية", "الاردية", "اردو"],
    "ku": [
        "Kurdish",
        "Kurmanji",
        "Sorani",
        "Κουρδικά",
        "الكردية",
        "كردي",
        "کردی",
        "کوردی",
    ],
    "bn": ["Bengali", "Bangla", "Μπενγκαλί", "Βεγγαλικά", "البنغالية", "بنگالی"],
    "pa": ["Punjabi", "Panjabi", "Παντζάμπι", "البنجابية", "پنجابی"],
    "so": ["Somali", "Σομαλικά", "Σομαλί", "الصومالية", "سومالیایی", "سومالی"],
    "ti": ["Tigrinya", "Τιγκρίνια", "التغرينية", "تیگرینیا"],
    "fr": ["French", "Français", "Γαλλικά", "الفرنسية", "فرانسوی", "فرانسه"],
    "en": ["English", "Αγγλικά", "الإنجليزية", "الانجليزية", "انگلیسی"],
    "tr": ["Turkish", "Türkçe", "Τουρκικά", "التركية", "ترکی"],
    "sq": ["Albanian", "Shqip", "Αλβανικά", "الألبانية", "آلبانیایی"],
    "ru": ["Russian", "Русский", "Ρωσικά", "الروسية", "روسی"],
    "uk": ["Ukrainian", "Українська", "Ουκρανικά", "الأوكرانية", "اوکراینی"],
    "rom": ["Romani", "Romany", "Ρομανί", "Ρομανές", "لغة الروما", "رومانی"],
}

# Arabic and Persian spellings of the same letters; joiners and the tatweel.
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا"})
_DROP = {"\u200c", "\u200d", "\u0640", "\u200e", "\u200f"}


def normalise(text):
    """Case, accents, Arabic/Persian letter forms, spaces and punctuation folded away."""
    text = unicodedata.normalize("NFKD", str(text).casefold().translate(_FOLD))
    return "".join(
        ch for ch in text if ch not in _DROP and not unicodedata.combining(ch) and ch.isalnum()
    )


_BY_NAME = {normalise(name): code for code, names in NAMES.items() for name in names}


def code_for(text):
    """The code of a language name (or a code) in any of the four languages; None if unknown."""
    text = (text or "").strip()
    if text in CODES:
        return text
    return _BY_NAME.get(normalise(text))


def as_codes(details):
    """Booking answers with the interpreter language as a code: answers kept in a session
    from before the list (free text) are mapped as the data migration maps them."""
    text = details.get("interpreter_language") or ""
    if not text or (text in CODES and "interpreter_language_other" in details):
        return details
    code = code_for(text)
    other = details.get("interpreter_language_other", "")
    if code is None:
        code, other = OTHER, text[:OTHER_MAX]
    return {**details, "interpreter_language": code, "interpreter_language_other": other}


def label(code, other=""):
    """The language in the active language: "Αραβικά"; for `other`, "Another language: "
    and what was typed (in whatever script it was typed)."""
    if not code:
        return ""
    if code == OTHER:
        if not other:
            return str(InterpreterLanguage.OTHER.label)
        return _("%(other_language)s: %(text)s") % {
            "other_language": InterpreterLanguage.OTHER.label,
            "text": other,
        }
    try:
        return str(InterpreterLanguage(code).label)
    except ValueError:  # a code this list no longer has
        return code


def choices():
    """For a form's <select>: the languages by their label in the active language, "other" last."""
    named = sorted(
        ((code, label) for code, label in InterpreterLanguage.choices if code != OTHER),
        key=lambda choice: str(choice[1]),
    )
    return [*named, (OTHER.value, OTHER.label)]
