"""Interpreter languages: codes shown in the reader's language, names recognised in the four
languages, and the data migration that turned the old free text into codes."""

import importlib

from django.utils import translation

import pytest

from booking import interpreter_languages as il

migration = importlib.import_module("booking.migrations.0006_interpreter_language_codes")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("العربية", "ar"),
        ("عربي", "ar"),
        ("Αραβικά", "ar"),
        ("arabic", "ar"),
        ("فارسی", "fa"),
        ("فارسي", "fa"),  # Arabic yeh
        ("Φαρσί", "fa"),
        ("περσικα", "fa"),  # no accent
        ("Dari", "fa"),
        ("دری", "fa"),
        ("  Kurdish ", "ku"),
        ("کوردی", "ku"),
        ("Ουρντού", "ur"),
        ("پشتو", "ps"),
        ("Ρομανί", "rom"),
        ("ar", "ar"),
        ("Klingon", None),
        ("", None),
    ],
)
def test_language_names_are_recognised_in_any_of_the_four_languages(typed, code):
    assert il.code_for(typed) == code


def test_every_language_has_its_name_in_the_list_of_recognised_names():
    for code in il.CODES:
        if code != il.OTHER:
            assert il.code_for(il.NAMES[code][0]) == code


@pytest.mark.parametrize(
    ("language", "arabic", "farsi"),
    [
        ("el", "Αραβικά", "Περσικά (φαρσί, νταρί)"),
        ("en", "Arabic", "Farsi (Persian, Dari)"),
        ("ar", "العربية", "الفارسية (الدرية)"),
        ("fa", "عربی", "فارسی (دری)"),
    ],
)
def test_a_code_reads_in_the_readers_language(language, arabic, farsi):
    with translation.override(language):
        assert il.label("ar") == arabic
        assert il.label("fa") == farsi
        assert il.label("other", "Lingala").endswith(": Lingala")
        assert [code for code, _label in il.choices()][-1] == "other"


class Row:
    def __init__(self, text):
        self.interpreter_language = text
        self.interpreter_language_other = ""

    def save(self, update_fields):
        pass


class Rows(list):
    def exclude(self, **kwargs):
        return Rows(row for row in self if row.interpreter_language)

    def only(self, *fields):
        return self

    def iterator(self):
        return iter(self)


class Apps:
    def __init__(self, rows):
        self.model = type("Appointment", (), {"objects": Rows(rows)})

    def get_model(self, app, name):
        return self.model


def test_the_migration_maps_known_names_and_keeps_the_rest_as_other():
    rows = [Row("العربية"), Row("فارسی"), Row("Φαρσί"), Row("Lingala"), Row("")]

    migration.to_codes(Apps(rows), None)

    assert [(r.interpreter_language, r.interpreter_language_other) for r in rows] == [
        ("ar", ""),
        ("fa", ""),
        ("fa", ""),
        ("other", "Lingala"),
        ("", ""),
    ]


def test_answers_kept_in_a_session_from_before_the_list_are_mapped():
    assert il.as_codes({"interpreter_language": "العربية"})["interpreter_language"] == "ar"
    kept = il.as_codes({"interpreter_language": "Lingala"})
    assert (kept["interpreter_language"], kept["interpreter_language_other"]) == (
        "other",
        "Lingala",
    )
    answers = {"interpreter_language": "fa", "interpreter_language_other": ""}
    assert il.as_codes(answers) is answers
