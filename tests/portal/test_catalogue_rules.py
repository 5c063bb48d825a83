"""The mechanical rules of locale/GLOSSARY.md hold, and the check that enforces them catches breaks.

scripts/check_catalogue_rules.py runs in CI after check_messages.py; this
runs it in `make test` too, and shows it each rule failing on a small example.
"""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LRI, PDI = "\u2066", "\u2069"


def _check():
    spec = importlib.util.spec_from_file_location(
        "check_catalogue_rules", ROOT / "scripts" / "check_catalogue_rules.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _check()


def test_the_catalogues_keep_the_rules():
    assert check.check_catalogues() == []


def test_the_demo_texts_keep_the_rules():
    assert check.check_demo_content() == []


def test_arabic_and_farsi_are_the_right_to_left_languages():
    assert check.RTL == ("ar", "fa")


@pytest.mark.parametrize(
    ("lang", "msgid", "msgstr", "complaint"),
    [
        ("fa", "You can", "مي‌توانيد", "Arabic letter(s) ي"),
        ("fa", "Book", "نوبت بگيريد", "Arabic letter(s) ي"),
        ("fa", "Code", "كد", "Arabic letter(s) ك"),
        ("fa", "You can", "می توانید", "«می » without a zero-width non-joiner"),
        ("fa", "You cannot", "نمی توانید", "«نمی » without a zero-width non-joiner"),
        ("fa", "Type the 6 digits", "۶ رقم را بنویسید", "Persian or Arabic-Indic digits"),
        ("ar", "Type the 6 digits", "اكتب الأرقام ٦", "Persian or Arabic-Indic digits"),
        ("ar", "Like 69 1234 5678.", "هكذا: 69 1234 5678.", "not isolated: «69 1234 5678»"),
        ("fa", "Like +44 7911 123456.", "مثل +44 7911 123456.", "not isolated: «+44 7911 123456»"),
        ("ar", "For example 2026-12.", "مثلًا 2026-12.", "not isolated: «2026-12»"),
        ("fa", "For example KX47-MT9A.", "مثلاً KX47-MT9A.", "not isolated: «KX47-MT9A»"),
        ("ar", "At 10:00", "في الساعة 10:00", "not isolated: «10:00»"),
        ("ar", "(.ics file)", "(ملف .ics)", "not isolated: «.ics»"),
        ("fa", "Day centre (ΚΑΠΗ)", "مرکز روزانه (ΚΑΠΗ)", "not isolated: «ΚΑΠΗ»"),
        ("ar", "Day centre (KAPI)", "مركز نهاري (KAPI)", "«KAPI»: write the Greek acronym"),
        ("fa", "Hello %(name)s", "سلام", "placeholders [] differ"),
        ("ar", "Hello", "مرحبًا %(name)s", "placeholders ['%(name)s'] differ"),
    ],
)
def test_the_check_catches(lang, msgid, msgstr, complaint):
    problems = check.entry_problems(lang, msgid, None, [msgstr])

    assert any(problem.startswith(complaint) for problem in problems), problems


@pytest.mark.parametrize(
    ("lang", "msgid", "msgstr"),
    [
        ("fa", "You can", "می‌توانید"),
        ("fa", "Our home", "میدان کرائیس"),  # a word that starts with می is not a prefix
        ("ar", "Like 69 1234 5678.", f"هكذا: {LRI}69 1234 5678{PDI}."),
        ("fa", "For example 2026-12.", f"برای مثال {LRI}2026-12{PDI}."),
        ("ar", "Day centre (ΚΑΠΗ)", f"مركز نهاري ({LRI}ΚΑΠΗ{PDI})"),
        ("ar", "From 30 days back", "من 30 يومًا مضت"),  # a lone number keeps its place
        ("fa", "Not valid JSON.", "JSON معتبر نیست."),  # so does a lone word
        ("el", "Hello %(name)s", "Γεια σας %(name)s"),
        ("el", "%(day)s%(suffix)s", "%(day)s"),  # English ordinal suffixes only
    ],
)
def test_the_check_lets_pass(lang, msgid, msgstr):
    assert check.entry_problems(lang, msgid, None, [msgstr]) == []


def test_a_plural_form_may_leave_out_the_count_but_not_invent_placeholders():
    msgid, plural = "%(count)s visit", "%(count)s visits"
    forms = ["لا زيارات", "زيارة واحدة", "زيارتان", "%(count)s زيارات", "%(count)s زيارة"]

    assert check.entry_problems("ar", msgid, plural, [*forms, "%(count)s زيارة"]) == []
    assert check.entry_problems("ar", msgid, plural, [*forms, "زيارة"]) != []
    assert check.entry_problems("ar", msgid, plural, [*forms, "%(n)s زيارة"]) != []
