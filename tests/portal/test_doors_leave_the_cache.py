"""Requests and messages from citizens are personal data that no cached page shows:
storing one must not empty the page cache (a flood of them would otherwise make
every page uncached for everyone)."""

import pytest

from callbacks.models import CallbackRequest
from contact.models import ContactMessage
from portal import page_cache

pytestmark = pytest.mark.django_db


def test_a_call_back_request_or_a_contact_message_leaves_the_page_cache_alone(home):
    before = page_cache.current_generation()

    CallbackRequest.objects.create(name="Ελένη", phone="+306912345678", language="el")
    ContactMessage.objects.create(
        name="Ελένη", phone="+306912345678", language="el", topic="other", message="Γεια σας"
    )

    assert page_cache.current_generation() == before
