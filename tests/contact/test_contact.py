"""The contact form per place: stored first, delivered to the place's inbox with retries,
listed for the staff of that place only — also, and above all, when the mail server fails."""

import datetime

from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

import pytest

from booking import audit as booking_audit
from contact import delivery, retention
from contact.choices import MessageStatus
from contact.models import ContactMessage
from portal.models import SiteSettings
from tests import builders as b
from tests.booking.api_steps import unused_address
from tests.booking.staff_helpers import client_for
from tests.doors import FAILING_MAIL, FRONT_DESK, as_a_person
from tests.helpers import set_admin_language

pytestmark = pytest.mark.django_db

LIST = reverse("contact_messages:index")
ANSWERS = {
    "name": "Μαρία Παπαδοπούλου",
    "phone": "",
    "email": "maria@example.org",
    "topic": "documents",
    "message": "Χρειάζομαι βοήθεια\r\nμε την αίτηση.",
    "language": "el",
}


@pytest.fixture
def places(bookable):
    bookable["branch"].email = "kem@example.gov.gr"
    bookable["branch"].save()
    bookable["unit"].email = "van@example.gov.gr"
    bookable["unit"].save()
    settings = SiteSettings.objects.get()
    settings.email = "info@example.gov.gr"
    settings.save()
    return bookable


def send(client, path, **answers):
    return client.post(path, as_a_person({**ANSWERS, **answers}))


# --- The form --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "direction", "heading"),
    [("el", "ltr", "Γράψτε μας"), ("ar", "rtl", "راسلنا")],
)
def test_the_place_form_speaks_the_language_and_is_never_cached(places, lang, direction, heading):
    branch = places["branch"]
    response = Client().get(f"/{lang}/contact/{branch.place_id}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}"' in html
    assert f"<h1>{heading}: <span" in html and branch.title in html
    assert "no-store" in response["Cache-Control"]
    assert 'class="honeypot"' in html and 'name="form_started"' in html


def test_the_place_pages_link_their_contact_form(places):
    branch, unit, stop = places["branch"], places["unit"], places["stop"]
    assert f"/el/contact/{branch.place_id}/" in Client().get(b.url(branch)).content.decode()
    assert f"/el/contact/unit-{unit.pk}/" in Client().get(b.url(unit)).content.decode()
    assert f"/el/contact/{stop.place_id}/" in Client().get(b.stop_url(stop)).content.decode()
    assert 'href="/el/contact/"' in Client().get("/el/").content.decode()  # the footer


def test_an_unknown_place_is_a_plain_404(places):
    assert Client().get("/el/contact/branch-999999/").status_code == 404
    assert Client().get("/el/contact/nonsense/").status_code == 404


def test_a_message_is_stored_and_delivered_to_the_place_inbox(
    places, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(Client(), f"/el/contact/{places['stop'].place_id}/")

    assert response.status_code == 302
    message = ContactMessage.objects.get()
    assert (message.mobile_unit, message.branch) == (places["unit"], None)
    assert message.message == "Χρειάζομαι βοήθεια\nμε την αίτηση."
    assert message.delivery_status == "sent"
    assert [m.to for m in mail.outbox] == [["van@example.gov.gr"]]
    assert mail.outbox[0].reply_to == ["maria@example.org"]
    assert "Χρειάζομαι βοήθεια" in mail.outbox[0].body


def test_the_general_form_writes_to_the_general_inbox(places, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(Client(), "/en/contact/", language="en")

    assert [m.to for m in mail.outbox] == [["info@example.gov.gr"]]
    assert ContactMessage.objects.get().place is None


@override_settings(EMAIL_BACKEND=FAILING_MAIL, BOOKING_NOTIFICATION_MAX_ATTEMPTS=2)
def test_when_mail_fails_the_message_is_kept_and_listed_as_not_delivered(
    places, clock, django_capture_on_commit_callbacks
):
    branch = places["branch"]
    with django_capture_on_commit_callbacks(execute=True):
        response = send(Client(), f"/en/contact/{branch.place_id}/", language="en")

    assert response.status_code == 302  # the citizen is told it was sent: it is stored
    message = ContactMessage.objects.get()
    assert (message.delivery_status, message.delivery_attempts) == ("pending", 1)
    assert message.delivery_error == "ConnectionRefusedError"
    desk = b.staff_user("desk", groups=[FRONT_DESK], branches=[branch])
    set_admin_language(desk, "en")
    html = client_for(desk).get(LIST).content.decode()
    assert "Μαρία Παπαδοπούλου" in html
    assert "Not delivered to the inbox" in html
    assert "Μαρία" in client_for(desk).get(LIST + "?delivery=undelivered").content.decode()

    clock.shift(datetime.timedelta(hours=1))
    assert delivery.INBOX.sweep() == 0
    message.refresh_from_db()
    assert (message.delivery_status, message.delivery_attempts) == ("failed", 2)
    assert "Not delivered to the inbox" in client_for(desk).get(LIST).content.decode()


def test_bad_input_keeps_every_answer(places):
    response = send(Client(), "/ar/contact/", email="", phone="", message="\u202e\u202e")

    html = response.content.decode()
    assert response.status_code == 200
    assert "يُرجى إعطاء رقم هاتف أو عنوان بريد إلكتروني" in html
    assert "يُرجى كتابة رسالتك." in html
    assert 'value="Μαρία Παπαδοπούλου"' in html
    assert ContactMessage.objects.count() == 0


# --- Spam, with JavaScript off ------------------------------------------------------------


def test_a_person_passes_and_a_bot_filling_the_honeypot_stores_nothing(places):
    assert send(Client(), "/el/contact/", website="http://spam.example").status_code == 302
    assert ContactMessage.objects.count() == 0
    assert send(Client(), "/el/contact/").status_code == 302
    assert ContactMessage.objects.count() == 1


def test_too_fast_is_asked_again_with_the_message_kept(places, clock):
    client = Client()
    page = client.get("/en/contact/").content.decode()
    token = page.split('name="form_started" value="', 1)[1].split('"', 1)[0]

    response = client.post("/en/contact/", {**ANSWERS, "form_started": token})
    assert response.status_code == 200
    assert "press the button again" in response.content.decode()
    assert "Χρειάζομαι βοήθεια" in response.content.decode()
    clock.shift(datetime.timedelta(seconds=15))
    assert client.post("/en/contact/", {**ANSWERS, "form_started": token}).status_code == 302
    assert ContactMessage.objects.count() == 1


@override_settings(CONTACT_RATE_PER_IP="1/h")
def test_the_rate_limit_counts_per_connection(places):
    client = Client(REMOTE_ADDR=unused_address())
    assert send(client, "/en/contact/").status_code == 302
    second = send(client, "/en/contact/", language="en")
    assert second.status_code == 429
    assert "Χρειάζομαι βοήθεια" in second.content.decode()
    assert send(Client(REMOTE_ADDR=unused_address()), "/en/contact/").status_code == 302
    assert ContactMessage.objects.count() == 2


def test_with_the_cache_down_the_form_fails_closed(places, redis_down):
    response = send(Client(), "/en/contact/")
    assert response.status_code == 503
    assert ContactMessage.objects.count() == 0


# --- Staff --------------------------------------------------------------------------------


@pytest.fixture
def inbox(places):
    def make(**fields):
        return ContactMessage.objects.create(
            phone="+306941112233", topic="question", message="…", language="el", **fields
        )

    return {
        "branch": make(name="Branch Sender", branch=places["branch"]),
        "unit": make(name="Van Sender", mobile_unit=places["unit"]),
        "general": make(name="General Sender"),
    }


def test_staff_of_another_place_see_nothing(places, inbox):
    van_desk = client_for(b.staff_user("van", groups=[FRONT_DESK], units=[places["unit"]]))
    html = van_desk.get(LIST).content.decode()
    assert "Van Sender" in html
    assert "Branch Sender" not in html and "General Sender" not in html
    status = reverse("contact_messages:status", args=[inbox["branch"].pk])
    assert van_desk.post(status, {"status": "closed"}).status_code == 404
    nobody = client_for(b.staff_user("norow", groups=[FRONT_DESK]))
    assert "Sender" not in nobody.get(LIST).content.decode()


def test_staff_mark_a_message_answered_in_arabic_and_it_is_audited(places, inbox):
    desk = b.staff_user("desk", groups=[FRONT_DESK], all_places=True)
    set_admin_language(desk, "ar")
    client = client_for(desk)
    html = client.get(LIST).content.decode()
    assert "رسائل التواصل" in html and 'dir="rtl"' in html
    assert "General Sender" in html

    status = reverse("contact_messages:status", args=[inbox["general"].pk])
    assert client.post(status, {"status": "answered", "next": LIST}).status_code == 302
    inbox["general"].refresh_from_db()
    assert inbox["general"].status == MessageStatus.ANSWERED
    entry = booking_audit.entries().get(action="contact.message.status")
    assert entry.data == {"old": "new", "new": "answered"}
    assert booking_audit.entries().filter(action="contact.messages.view").count() == 1


def test_personal_data_is_emptied_after_the_retention_period(places, inbox, clock, settings):
    clock.shift(datetime.timedelta(days=settings.BOOKING_RETENTION_DAYS + 1))
    assert retention.anonymise_due() == 3
    assert set(ContactMessage.objects.values_list("name", "phone", "message")) == {("", "", "")}
