"""Call me back: the one-screen form, the text message, the staff queue, booking from it.

A door into the centre for people who cannot or will not book online:
stored first (the text message goes out after the commit), seen only by
the staff of its place, audited, and emptied after the retention period.
"""

import datetime

from django.test import Client, override_settings
from django.urls import reverse

import pytest

from booking import audit as booking_audit
from booking.models import Appointment
from booking.slots import free_slots
from booking.sms import MemorySMSBackend
from callbacks import retention
from callbacks.choices import CallbackStatus
from callbacks.models import CallbackRequest
from tests import builders as b
from tests.booking.api_steps import unused_address
from tests.booking.staff_helpers import booking_answers, client_for
from tests.doors import FRONT_DESK, as_a_person
from tests.helpers import set_admin_language

pytestmark = pytest.mark.django_db

SMS = override_settings(BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend")
QUEUE = reverse("callbacks_queue:index")

ANSWERS = {
    "name": "Zahra Ahmadi",
    "phone": "694 111 2233",
    "language": "fa",
    "best_time": "morning",
    "interpreter_needed": "no",
    "topic": "کمک برای مدارک",
    "place": "",
    "service": "",
}


def form_url(lang="el"):
    return f"/{lang}/call-back/"


def send(client, lang="el", **answers):
    return client.post(form_url(lang), as_a_person({**ANSWERS, **answers}))


@pytest.fixture(autouse=True)
def empty_outbox():
    MemorySMSBackend.outbox.clear()


# --- The form --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "direction", "heading"),
    [("el", "ltr", "Ζητήστε να σας καλέσουμε"), ("fa", "rtl", "از ما بخواهید با شما تماس بگیریم")],
)
def test_the_form_speaks_the_language_and_is_never_cached(bookable, lang, direction, heading):
    response = Client().get(form_url(lang))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert 'name="form_started"' in html and 'class="honeypot"' in html
    assert "no-store" in response["Cache-Control"]
    # The page cache never keeps it (it sets the CSRF cookie): asked again, it is built again.
    assert Client().get(form_url(lang))["X-Page-Cache"] != "hit"
    assert "<script" not in html.split("<main", 1)[-1].split("</main>", 1)[0]


def test_a_link_prefills_the_service_and_the_place(bookable):
    service, stop = bookable["service"], bookable["stop"]
    html = Client().get(f"{form_url()}?service={service.pk}&place={stop.place_id}").content.decode()

    assert f'<option value="{stop.place_id}" selected>' in html
    assert f'name="service" value="{service.pk}"' in html
    assert service.title in html


@SMS
def test_a_request_is_stored_first_then_acknowledged_by_text_in_its_language(
    bookable, django_capture_on_commit_callbacks
):
    branch, service = bookable["branch"], bookable["service"]
    with django_capture_on_commit_callbacks(execute=False) as pending:
        response = send(Client(), "fa", place=branch.place_id, service=str(service.pk))

    assert response.status_code == 302
    assert response["Location"] == "/fa/call-back/thank-you/"
    callback = CallbackRequest.objects.get()
    assert (callback.name, callback.phone, callback.language) == (
        "Zahra Ahmadi",
        "+306941112233",
        "fa",
    )
    assert (callback.branch, callback.stop, callback.service) == (branch, None, service)
    assert callback.status == CallbackStatus.WAITING
    assert callback.sms_status == "pending"
    assert MemorySMSBackend.outbox == []  # nothing sent before the commit

    for hook in pending:
        hook()
    callback.refresh_from_db()
    assert callback.sms_status == "sent"
    assert MemorySMSBackend.outbox == [("+306941112233", MemorySMSBackend.outbox[0][1])]
    assert "درخواست شما را دریافت کردیم" in MemorySMSBackend.outbox[0][1]


@SMS
def test_a_landline_gets_no_text_message_and_is_told_so(
    bookable, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(Client(), "en", phone="210 123 4567")

    assert response["Location"] == "/en/call-back/thank-you/?sms=no"
    assert CallbackRequest.objects.get().sms_status == ""
    assert MemorySMSBackend.outbox == []
    html = Client().get(response["Location"]).content.decode()
    assert "This is a landline" in html


@override_settings(BOOKING_SMS_BACKEND="tests.callbacks.test_callbacks.DownSMSBackend")
def test_a_provider_that_is_down_loses_no_request(bookable, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(Client())

    callback = CallbackRequest.objects.get()
    assert callback.sms_status == "pending"
    assert callback.sms_attempts == 1
    assert callback.sms_next_attempt_at is not None


class DownSMSBackend:
    def send(self, phone, text):
        raise ConnectionError("provider down")


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("el", "Αυτό δεν μοιάζει με αριθμό τηλεφώνου"),
        ("ar", "هذا لا يبدو رقم هاتف"),
    ],
)
def test_bad_input_is_shown_again_with_every_answer_kept(bookable, lang, message):
    response = send(Client(), lang, phone="not a phone", place="branch-999999")

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Zahra Ahmadi"' in html
    assert "کمک برای مدارک" in html
    assert CallbackRequest.objects.count() == 0


# --- Spam, with JavaScript off --------------------------------------------------------------


def test_the_honeypot_stores_nothing_and_looks_like_success(bookable):
    response = send(Client(), website="http://spam.example")

    assert response.status_code == 302
    assert CallbackRequest.objects.count() == 0


def test_a_form_sent_too_fast_is_asked_again_not_lost(bookable, clock):
    client = Client()
    page = client.get(form_url("en")).content.decode()
    token = page.split('name="form_started" value="', 1)[1].split('"', 1)[0]

    too_fast = client.post(form_url("en"), {**ANSWERS, "form_started": token})
    html = too_fast.content.decode()
    assert too_fast.status_code == 200
    assert "please check your answers and press the button again" in html.lower()
    assert 'value="Zahra Ahmadi"' in html
    assert CallbackRequest.objects.count() == 0

    clock.shift(datetime.timedelta(seconds=20))  # the person reads the message, presses again
    again = client.post(form_url("en"), {**ANSWERS, "form_started": token})
    assert again.status_code == 302
    assert CallbackRequest.objects.count() == 1


def test_a_forged_time_stamp_is_asked_again(bookable):
    response = Client().post(form_url("en"), {**ANSWERS, "form_started": "123:forged"})

    assert response.status_code == 200
    assert CallbackRequest.objects.count() == 0


@override_settings(CALLBACK_RATE_PER_IP="2/h")
def test_the_rate_limit_refuses_clearly_and_keeps_the_answers(bookable):
    client = Client(REMOTE_ADDR=unused_address())
    assert send(client).status_code == 302
    assert send(client).status_code == 302

    third = send(client, "en")
    assert third.status_code == 429
    assert "many messages from this connection" in third.content.decode()
    assert 'value="Zahra Ahmadi"' in third.content.decode()
    assert CallbackRequest.objects.count() == 2
    # Another person, on another connection, still gets through.
    assert send(Client(REMOTE_ADDR=unused_address())).status_code == 302


def test_with_the_shared_cache_down_the_form_fails_closed_with_a_message(bookable, redis_down):
    response = send(Client(), "en")

    assert response.status_code == 503
    assert "cannot take this form right now" in response.content.decode()
    assert CallbackRequest.objects.count() == 0


# --- The staff queue ------------------------------------------------------------------------


def waiting(bookable, clock, **fields):
    callback = CallbackRequest.objects.create(
        name=fields.pop("name", "Αννα"), phone="+306941112233", language="el", **fields
    )
    clock.shift(datetime.timedelta(minutes=5))
    return callback


@pytest.fixture
def queue(bookable, clock):
    at_stop = waiting(bookable, clock, name="Stop Caller", stop=bookable["stop"])
    older = waiting(bookable, clock, name="First Caller", branch=bookable["branch"])
    newer = waiting(bookable, clock, name="Second Caller", branch=bookable["branch"])
    CallbackRequest.objects.filter(pk=older.pk).update(
        created_at=older.created_at - datetime.timedelta(hours=3)
    )
    general = waiting(bookable, clock, name="Anywhere Caller")
    return {"stop": at_stop, "older": older, "newer": newer, "general": general}


def test_the_queue_shows_only_the_places_of_the_user_longest_waiting_first(bookable, queue):
    desk = b.staff_user("desk", groups=[FRONT_DESK], branches=[bookable["branch"]])
    set_admin_language(desk, "en")
    html = client_for(desk).get(QUEUE).content.decode()

    assert html.index("First Caller") < html.index("Second Caller")
    assert "Stop Caller" not in html
    assert "Anywhere Caller" not in html
    assert "3 h" in html  # the older one's waiting time
    entry = booking_audit.entries().filter(action="callbacks.queue.view").get()
    assert entry.data["rows"] == 2
    assert "First Caller" not in str(entry.data)


def test_staff_of_another_place_see_nothing_and_cannot_touch_a_request(bookable, queue):
    desk = b.staff_user("vandesk", groups=[FRONT_DESK], units=[bookable["unit"]])
    client = client_for(desk)
    html = client.get(QUEUE).content.decode()

    assert "Stop Caller" in html
    assert "First Caller" not in html and "Anywhere Caller" not in html
    mark = reverse("callbacks_queue:mark", args=[queue["older"].pk])
    assert client.post(mark, {"status": "called"}).status_code == 404
    book = reverse("callbacks_queue:book", args=[queue["older"].pk])
    assert client.get(book).status_code == 404
    assert (
        "Stop Caller"
        not in client_for(b.staff_user("norow", groups=[FRONT_DESK])).get(QUEUE).content.decode()
    )


def test_the_queue_in_arabic(bookable, queue):
    desk = b.staff_user("desk", groups=[FRONT_DESK], all_places=True)
    set_admin_language(desk, "ar")
    html = client_for(desk).get(QUEUE).content.decode()

    assert 'dir="rtl"' in html
    assert "طلبات معاودة الاتصال" in html
    assert "Anywhere Caller" in html  # a request for any place: staff who work everywhere


def test_no_answer_counts_attempts_and_resolved_leaves_the_queue(bookable, queue):
    desk = b.staff_user("desk", groups=[FRONT_DESK], branches=[bookable["branch"]])
    set_admin_language(desk, "en")
    client = client_for(desk)
    mark = reverse("callbacks_queue:mark", args=[queue["older"].pk])

    client.post(mark, {"status": "no_answer", "next": QUEUE})
    response = client.post(mark, {"status": "no_answer", "next": QUEUE})
    assert response.status_code == 302
    callback = CallbackRequest.objects.get(pk=queue["older"].pk)
    assert (callback.status, callback.attempts) == (CallbackStatus.NO_ANSWER, 2)
    assert "2 call attempts" in client.get(QUEUE).content.decode()

    client.post(mark, {"status": "resolved"})
    assert "First Caller" not in client.get(QUEUE).content.decode()
    assert "First Caller" in client.get(QUEUE + "?shown=resolved").content.decode()
    entries = booking_audit.entries().filter(action="callbacks.request.status")
    assert [e.data["new"] for e in entries.order_by("pk")] == ["no_answer", "no_answer", "resolved"]


def test_booking_from_the_queue_prefills_the_caller_and_links_the_appointment(bookable, queue):
    service, branch = bookable["service"], bookable["branch"]
    callback = queue["older"]
    CallbackRequest.objects.filter(pk=callback.pk).update(service=service, topic="Έγγραφα")
    desk = b.staff_user("desk", groups=[FRONT_DESK], branches=[branch])
    client = client_for(desk)
    slot = free_slots(service, places=[branch.place_id], notice_minutes=0)[0]
    day = slot.start.astimezone(datetime.UTC).date()
    book = reverse("callbacks_queue:book", args=[callback.pk])

    queue_html = client.get(QUEUE).content.decode()
    assert f"{book}?service={service.pk}&amp;place={branch.place_id}" in queue_html
    form = client.get(f"{book}?service={service.pk}&place={branch.place_id}&day={day}")
    html = form.content.decode()
    assert 'value="First Caller"' in html
    assert 'value="694 111 2233"' in html

    response = client.post(
        f"{book}?service={service.pk}&place={branch.place_id}",
        booking_answers(slot, name="First Caller", phone="694 111 2233"),
    )
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    callback.refresh_from_db()
    assert callback.appointment == appointment
    assert callback.status == CallbackStatus.RESOLVED
    resolved = client.get(QUEUE + "?shown=resolved").content.decode()
    assert appointment.display_reference in resolved
    assert reverse("appointments:inspect", args=[appointment.pk]) in resolved
    assert booking_audit.entries().filter(action="callbacks.request.booked").count() == 1


def test_personal_data_is_emptied_after_the_retention_period(bookable, queue, clock, settings):
    clock.shift(datetime.timedelta(days=settings.BOOKING_RETENTION_DAYS + 1))
    assert retention.anonymise_due() == 4
    assert set(CallbackRequest.objects.values_list("name", "phone", "topic")) == {("", "", "")}


def test_the_marks_are_in_the_audit_trail_report_without_personal_data(bookable, queue):
    root = b.staff_user("root", superuser=True)
    set_admin_language(root, "en")
    client = client_for(root)
    client.post(reverse("callbacks_queue:mark", args=[queue["newer"].pk]), {"status": "called"})

    report = client.get(reverse("booking_audit_trail")).content.decode()
    assert "Call-back request marked" in report  # the action, in the filter and the rows
    assert f"Call-back request {queue['newer'].pk}" in report
    assert "Called, to follow up" in report
    assert "Second Caller" not in report and "+306941112233" not in report


@SMS
@override_settings(CALLBACK_SMS_PER_PHONE_PER_DAY=2)
def test_one_number_gets_a_few_texts_a_day_however_many_requests_name_it(
    bookable, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(4):
            assert send(Client(REMOTE_ADDR=f"203.0.113.{90 + n}")).status_code == 302

    assert CallbackRequest.objects.count() == 4  # every request is kept and called back
    assert len(MemorySMSBackend.outbox) == 2
    assert sorted(CallbackRequest.objects.values_list("sms_status", flat=True)) == [
        "",
        "",
        "sent",
        "sent",
    ]
