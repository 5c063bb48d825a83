"""Isolating left-to-right runs (Greek addresses, phones, times, references) on any page.

- `{{ place.address|bidi }}`: the text with every left-to-right run in a
  `<bdi dir="ltr">` on an Arabic or Farsi page (`lang="el"` for a Greek
  run), Unicode isolates written in it turned into `<bdi>`, Latin digits.
- `{{ place.address|bidi_plain }}`: the same for plain text (e-mail, SMS):
  LRI … PDI around each run.
- `{% isolate value lang="el" %}`: `value` as one isolated left-to-right run.
- `{% phone_link number %}`, `{% email_link address %}`: a link that dials
  or writes, isolated, so "210 412 0000" never reads "0000 412 210".

See `portal/bidi.py` for the rules.
"""

import re

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from portal.bidi import bdi, isolated_html, isolated_plain, latin_digits

register = template.Library()


@register.filter
def bidi(value):
    return isolated_html(value)


@register.filter
def bidi_plain(value):
    return isolated_plain(value)


def _lang_unless_current(lang):
    if lang and not (get_language() or "").startswith(lang):
        return lang
    return None


@register.simple_tag
def isolate(value, lang=None, direction="ltr"):
    """`<bdi dir="ltr" lang="…">value</bdi>`; `lang` left out when it is the page's language."""
    if value is None or value == "":
        return ""
    return bdi(latin_digits(value), direction=direction, lang=_lang_unless_current(lang))


@register.simple_tag
def phone_link(number):
    """`<bdi dir="ltr" class="nowrap"><a href="tel:…">number</a></bdi>`."""
    if not number:
        return ""
    shown = latin_digits(number)
    dialled = re.sub(r"[^\d+]", "", shown)
    return format_html(
        '<bdi dir="ltr" class="nowrap"><a href="tel:{}">{}</a></bdi>', dialled, shown
    )


@register.simple_tag
def email_link(address):
    """`<bdi dir="ltr"><a href="mailto:…">address</a></bdi>`.

    Not kept on one line as phones are: an address such as
    roma.kentro.koinotitas@example.gr is wider than a 360 px phone and must
    be allowed to break (site.css: overflow-wrap: anywhere)."""
    if not address:
        return ""
    return format_html('<bdi dir="ltr"><a href="mailto:{}">{}</a></bdi>', address, address)
