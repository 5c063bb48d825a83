"""The isolating filters and tags (portal/bidi.py, portal/templatetags/portal_bidi.py)."""

from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import mark_safe

import pytest

from portal.bidi import isolated_html, isolated_plain, latin_digits

LRI, PDI = "\u2066", "\u2069"
ADDRESS_AR = "ساحة كورايس 1، بيرايوس (Πλατεία Κοραή 1, 185 35 Πειραιάς)"


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load portal_bidi %}" + source).render(Context(context))


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_greek_part_of_an_address_is_one_isolated_greek_element(language):
    html = render("{{ address|bidi }}", language, address=ADDRESS_AR)

    assert html == (
        'ساحة كورايس 1، بيرايوس (<bdi dir="ltr" lang="el">Πλατεία Κοραή 1, 185 35 Πειραιάς</bdi>)'
    )


def test_a_lone_number_in_right_to_left_text_is_left_alone():
    assert isolated_html("میدان کرائیس، پلاک 1", rtl=True, language="fa") == (
        "میدان کرائیس، پلاک 1"
    )


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("تلفن 210 412 0000.", "210 412 0000"),
        ("از 10:00–13:30", "10:00–13:30"),
        ("المرجع KX47-MT9A.", "KX47-MT9A"),
        ("یا +44 7911 123456.", "+44 7911 123456"),
    ],
)
def test_phones_times_references_and_email_addresses_are_isolated(text, run):
    html = isolated_html(text, rtl=True, language="fa")

    # Kept on one line (class "nowrap", site.css): a number in groups, or one token.
    isolated = f'<bdi dir="ltr" class="nowrap">{run}</bdi>'
    assert isolated in html
    # The sentence's own punctuation stays outside, in the right-to-left text.
    assert html.replace(isolated, "") == text.replace(run, "")


def test_an_email_address_is_isolated_but_may_break_on_a_narrow_phone():
    html = isolated_html("ایمیل roma.kentro.koinotitas@example.gr، لطفاً", rtl=True, language="fa")

    assert '<bdi dir="ltr">roma.kentro.koinotitas@example.gr</bdi>' in html


def test_text_is_escaped_around_and_inside_the_isolates():
    html = isolated_html('<script>alert("x")</script> Α&Β', rtl=True, language="ar")

    assert "<script" not in html
    assert "&lt;" in html and "&amp;" in html
    assert '<bdi dir="ltr" lang="el">Α&amp;Β</bdi>' not in html  # "&" is not part of a run
    greek = '<bdi dir="ltr" lang="el" class="nowrap">{}</bdi>'
    assert greek.format("Α") + "&amp;" + greek.format("Β") in html


def test_html_already_marked_safe_is_not_taken_apart():
    value = mark_safe("<b>Πλατεία Κοραή 1</b>")
    assert isolated_html(value, rtl=True, language="ar") is value


def test_on_a_left_to_right_page_only_written_isolates_change():
    html = isolated_html(f"Πλατεία Κοραή 1, 185 35 · {LRI}ΚΕΜ{PDI}", rtl=False, language="en")

    assert html == 'Πλατεία Κοραή 1, 185 35 · <bdi dir="ltr" lang="el" class="nowrap">ΚΕΜ</bdi>'
    assert isolated_html("Πλατεία Κοραή 1", rtl=False, language="el") == "Πλατεία Κοραή 1"


def test_written_isolates_become_elements_and_are_not_isolated_twice():
    text = f"بنویسید: {LRI}69 1234 5678{PDI} یا {LRI}+44 7911 123456{PDI}."

    html = isolated_html(text, rtl=True, language="fa")

    assert html == (
        'بنویسید: <bdi dir="ltr" class="nowrap">69 1234 5678</bdi> '
        'یا <bdi dir="ltr" class="nowrap">+44 7911 123456</bdi>.'
    )
    assert isolated_plain(text, rtl=True) == text


def test_persian_and_arabic_indic_digits_are_shown_as_latin_ones():
    assert latin_digits("پلاک ۵۲، طبقهٔ ٣") == "پلاک 52، طبقهٔ 3"
    assert isolated_html("ساعت ۱۰:۳۰", rtl=True, language="fa") == (
        'ساعت <bdi dir="ltr" class="nowrap">10:30</bdi>'
    )
    assert isolated_plain("ساعت ۱۰:۳۰", rtl=True) == f"ساعت {LRI}10:30{PDI}"


def test_plain_text_gets_unicode_isolates_on_right_to_left_languages_only():
    assert isolated_plain(ADDRESS_AR, rtl=True) == (
        f"ساحة كورايس 1، بيرايوس ({LRI}Πλατεία Κοραή 1, 185 35 Πειραιάς{PDI})"
    )
    assert isolated_plain("1 Korai Square, 185 35 Piraeus", rtl=False) == (
        "1 Korai Square, 185 35 Piraeus"
    )
    with translation.override("fa"):
        assert render("{{ ref|bidi_plain }}", "fa", ref="KX47-MT9A") == f"{LRI}KX47-MT9A{PDI}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fa", '<bdi dir="ltr" lang="el">Άγιος Νικόλαος</bdi>'),
        ("en", '<bdi dir="ltr" lang="el">Άγιος Νικόλαος</bdi>'),
        ("el", '<bdi dir="ltr">Άγιος Νικόλαος</bdi>'),
    ],
)
def test_isolate_tag_names_the_language_unless_it_is_the_pages(language, expected):
    assert render('{% isolate name lang="el" %}', language, name="Άγιος Νικόλαος") == expected


def test_post_codes_and_phone_numbers_stay_on_one_line_greek_words_wrap():
    html = isolated_html("(Οδός Ελευθερίας 12)، 185 35، 210 412 0000", rtl=True, language="ar")

    assert '<bdi dir="ltr" lang="el">Οδός Ελευθερίας 12</bdi>' in html
    assert '<bdi dir="ltr" class="nowrap">185 35</bdi>' in html
    assert '<bdi dir="ltr" class="nowrap">210 412 0000</bdi>' in html


def test_isolate_tag_escapes_and_skips_empty_values():
    escaped = '<bdi dir="ltr" class="nowrap">&lt;i&gt;</bdi>'
    assert render("{% isolate v %}", "ar", v="<i>") == escaped
    assert render("{% isolate v %}", "ar", v="") == ""


@pytest.mark.parametrize("language", ["el", "ar", "fa"])
def test_phone_and_email_links_are_isolated_in_every_language(language):
    assert render("{% phone_link p %}", language, p="210 412 0000") == (
        '<bdi dir="ltr" class="nowrap"><a href="tel:2104120000">210 412 0000</a></bdi>'
    )
    assert render("{% phone_link p %}", language, p="+30 ۲۱۰ ۴۱۲ ۰۰۰۰") == (
        '<bdi dir="ltr" class="nowrap"><a href="tel:+302104120000">+30 210 412 0000</a></bdi>'
    )
    assert render("{% email_link e %}", language, e="a@example.gr") == (
        '<bdi dir="ltr"><a href="mailto:a@example.gr">a@example.gr</a></bdi>'
    )
    assert render("{% phone_link p %}{% email_link e %}", language, p="", e=None) == ""
