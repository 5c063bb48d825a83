"""`{% fragments %}`: pages the portal owns show what other apps register, escaped unless safe."""

from django.template import Context, Template
from django.utils.safestring import mark_safe

from wagtail import hooks

import pytest

from portal.log_masking import mask_tokens


@pytest.fixture
def registered():
    added = []

    def register(name, function):
        hooks.register(name, function)
        added.append((name, function))

    yield register
    for name, function in added:
        hooks._hooks[name] = [h for h in hooks._hooks[name] if h[0] is not function]


def render(source, **context):
    return Template("{% load portal_fragments %}" + source).render(Context(context))


def test_every_function_of_a_slot_is_called_with_its_arguments_in_order(registered):
    registered("test_slot", lambda request, place: mark_safe(f"<p>first {place}</p>"))
    registered("test_slot", lambda request, place: f"<b>{place}</b>")  # plain text: escaped
    registered("test_slot", lambda request, place: "")
    html = render('{% fragments "test_slot" place=name %}', name="K&M")
    assert html == "<p>first K&M</p>&lt;b&gt;K&amp;M&lt;/b&gt;"
    assert render('{% fragments "nobody_registered_this" %}') == ""


def test_the_feedback_token_is_masked_in_logs():
    line = 'GET /ar/feedback/IwizBjjoP9V2XUzwpZ8ZOmXIiY4iolox/ HTTP/1.1" 200'
    assert mask_tokens(line) == 'GET /ar/feedback/…/ HTTP/1.1" 200'
