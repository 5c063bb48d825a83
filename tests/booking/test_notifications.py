"""Messages to citizens: channels independent of each other, retried with backoff,
failures visible to staff, nothing personal in the record or the log (finding 8).

A mail server that is down is simulated by the e-mail backend raising what
smtplib raises; a failing SMS provider by a backend that raises.
"""

import datetime
import smtplib
from unittest import mock

from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from booking import deliveries as deliveries_module
from booking import notifications, reservations, tasks
from booking.choices import DeliveryStatus
from booking.models import NotificationDelivery
from booking.slots import free_slots
from booking.sms import MemorySMSBackend, SMSBackend
from services_catalog.schedules import ATHENS
from tests import builders as b
from tests.booking.builders import details
from tests.clock import NOW
from tests.helpers import login_staff

SMS = override_settings(BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend")
BROKEN_SMS = override_settings(
    BOOKING_SMS_BACKEND="tests.booking.test_notifications.BrokenSMSBackend"
)
LOCMEM_SEND = "django.core.mail.backends.locmem.EmailBackend.send_messages"
MINUTE = datetime.timedelta(minutes=1)


class BrokenSMSBackend(SMSBackend):
    def send(self, phone, text):
        raise ConnectionRefusedError(111, "Connection refused")


@pytest.fixture(autouse=True)
def empty_outboxes():
    MemorySMSBackend.outbox.clear()
    mail.outbox.clear()


def book(bookable, **overrides):
    slot = free_slots(bookable["service"], places=[bookable["branch"].place_id])[0]
    return reservations.book(
        service=bookable["service"],
        slot_key=slot.key,
        details=details(email="eleni@example.org", language="en", **overrides),
    )


def deliveries(appointment):
    return {d.channel: d for d in NotificationDelivery.objects.filter(appointment=appointment)}


@SMS
@pytest.mark.parametrize(
    "error",
    [ConnectionRefusedError(111, "Connection refused"), smtplib.SMTPServerDisconnected("gone")],
)
def test_with_the_mail_server_down_the_text_message_still_goes_out(
    bookable, committed, caplog, error
):
    with mock.patch(LOCMEM_SEND, side_effect=error):
        appointment, token = committed(book, bookable)

    assert [phone for phone, _text in MemorySMSBackend.outbox] == ["+306912345678"]
    assert mail.outbox == []
    email, sms = deliveries(appointment)["email"], deliveries(appointment)["sms"]
    assert sms.status == DeliveryStatus.SENT
    assert email.status == DeliveryStatus.PENDING
    assert email.attempts == 1
    assert email.last_error == type(error).__name__
    assert email.next_attempt_at == NOW + MINUTE
    warning = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warning == [
        f"Appointment {appointment.pk}: confirmation by email failed ({type(error).__name__}), "
        "attempt 1 of 5, next at 2027-01-11 07:01:00+0000"
    ]
    for secret in ("eleni@example.org", "6912345678", token):
        assert secret not in warning[0]


@SMS
def test_a_later_housekeeping_run_sends_the_e_mail_once_smtp_is_back(bookable, committed):
    with mock.patch(LOCMEM_SEND, side_effect=ConnectionRefusedError(111, "refused")):
        appointment, token = committed(book, bookable)

    with time_machine.travel(NOW + 30 * datetime.timedelta(seconds=1), tick=False):
        assert tasks.housekeeping.enqueue().return_value["retried"] == 0
    assert mail.outbox == []

    with time_machine.travel(NOW + 2 * MINUTE, tick=False):
        assert tasks.housekeeping.enqueue().return_value["retried"] == 1

    [message] = mail.outbox
    assert message.to == ["eleni@example.org"]
    assert appointment.display_reference in message.body
    # The token was never stored, so the retried confirmation has no manage link...
    assert token not in message.body
    assert "/booking/manage/" not in message.body
    # ...and says how to change the appointment without it.
    assert "call us and give us your reference" in message.body
    email = deliveries(appointment)["email"]
    assert (email.status, email.attempts, email.next_attempt_at) == (DeliveryStatus.SENT, 2, None)
    assert len(MemorySMSBackend.outbox) == 1  # the text message is not sent twice


@SMS
def test_retries_back_off_and_then_give_up(bookable, committed, caplog):
    with mock.patch(LOCMEM_SEND, side_effect=smtplib.SMTPException("down")):
        appointment, _token = committed(book, bookable)
        waits = []
        moment = NOW
        for _ in range(4):
            email = deliveries(appointment)["email"]
            waits.append(email.next_attempt_at - moment)
            moment = email.next_attempt_at
            with time_machine.travel(moment, tick=False):
                notifications.DELIVERIES.sweep()

    assert waits == [MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE]
    email = deliveries(appointment)["email"]
    assert (email.status, email.attempts, email.next_attempt_at) == (
        DeliveryStatus.FAILED,
        5,
        None,
    )
    assert caplog.records[-1].getMessage().endswith("attempt 5 of 5, given up")


@BROKEN_SMS
def test_with_the_sms_provider_down_the_e_mail_still_goes_out(bookable, committed):
    appointment, token = committed(book, bookable)

    [message] = mail.outbox
    assert token in message.body  # the first attempt still carries the manage link
    sms = deliveries(appointment)["sms"]
    assert (sms.status, sms.last_error) == (DeliveryStatus.PENDING, "ConnectionRefusedError")
    assert deliveries(appointment)["email"].status == DeliveryStatus.SENT


@SMS
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_with_a_deferring_task_backend_each_retry_is_its_own_task(bookable):
    appointment, token = book(bookable)
    with mock.patch(LOCMEM_SEND, side_effect=ConnectionRefusedError(111, "refused")):
        tasks.send_notification.call(appointment.pk, "confirmation", token)

    email = deliveries(appointment)["email"]
    retry = DBTaskResult.objects.get(task_path="booking.deliveries.deliver")
    assert retry.run_after == email.next_attempt_at == NOW + MINUTE
    assert retry.args_kwargs == {
        "args": ["booking.notifications.DELIVERIES", email.pk, {}],
        "kwargs": {},
    }
    assert token not in str(retry.args_kwargs)

    with time_machine.travel(NOW + 2 * MINUTE, tick=False):
        assert deliveries_module.deliver.call(*retry.args_kwargs["args"]) is True
        assert deliveries_module.deliver.call(*retry.args_kwargs["args"]) is False  # not twice
    assert len(mail.outbox) == 1


@SMS
def test_staff_see_which_appointments_have_undelivered_messages(bookable, committed):
    with mock.patch(LOCMEM_SEND, side_effect=ConnectionRefusedError(111, "refused")):
        failing, _ = committed(book, bookable)
    fine, _ = committed(book, bookable, phone="+306900000001")
    client = Client()
    login_staff(client, b.staff_user("root", superuser=True))

    index = reverse("appointments:index")
    listed = client.get(index, {"messages": "undelivered"}).content.decode()
    everything = client.get(index).content.decode()
    detail = client.get(reverse("appointments:inspect", args=[failing.pk])).content.decode()

    assert failing.display_reference in listed
    assert fine.display_reference not in listed
    assert fine.display_reference in everything
    assert everything.count("Δεν παραδόθηκαν: 1") == 1  # the admin speaks Greek
    assert "ConnectionRefusedError" in detail
    assert "Αναμένει αποστολή" in detail


@SMS
def test_deliveries_hold_no_personal_data(bookable, committed):
    with mock.patch(
        LOCMEM_SEND,
        side_effect=smtplib.SMTPRecipientsRefused({"eleni@example.org": (550, b"no")}),
    ):
        appointment, token = committed(book, bookable)

    values = " ".join(
        str(value)
        for row in NotificationDelivery.objects.filter(appointment=appointment).values()
        for value in row.values()
    )
    for secret in ("eleni@example.org", "6912345678", token):
        assert secret not in values


@SMS
@override_settings(
    PUBLIC_BASE_URL="https://kentro.example.gr", WAGTAILADMIN_BASE_URL="https://admin.example.gr"
)
def test_links_sent_to_citizens_start_with_the_public_address(bookable, committed):
    _appointment, token = committed(book, bookable)

    [(_phone, text)] = MemorySMSBackend.outbox
    [message] = mail.outbox
    for sent in (text, message.body):
        assert f"https://kentro.example.gr/en/booking/manage/{token}/" in sent
        assert "admin.example.gr" not in sent
        assert "127.0.0.1" not in sent


@SMS
def test_messages_in_farsi_isolate_the_greek_address_the_reference_and_the_times(
    bookable, committed
):
    """Plain text has no <bdi>: the e-mail, the text message and the calendar file put each
    left-to-right run between LRI and PDI, so the Greek street name, its brackets, the
    reference and the times keep their order in a Farsi message."""
    branch = bookable["branch"]
    branch.address_fa = "خیابان الفتریاس، پلاک ۱۲ (Οδός Ελευθερίας 12)"
    branch.save()

    def book_in_farsi(bookable):
        slot = free_slots(bookable["service"], places=[branch.place_id])[0]
        return reservations.book(
            service=bookable["service"],
            slot_key=slot.key,
            details=details(email="zahra@example.org", language="fa"),
        )

    appointment, _token = committed(book_in_farsi, bookable)

    lri, pdi = "\u2066", "\u2069"
    greek = f"({lri}Οδός Ελευθερίας 12{pdi})"
    reference = f"{lri}{appointment.display_reference}{pdi}"
    [(_phone, text)] = MemorySMSBackend.outbox
    [message] = mail.outbox
    calendar = message.attachments[0][1]
    calendar = calendar.decode() if isinstance(calendar, bytes) else calendar
    for sent in (text, message.body, message.subject):
        assert reference in sent
    for sent in (text, message.body):
        assert greek in sent
        assert "پلاک 12" in sent  # one digit system: Latin
    assert f"{lri}{appointment.start.astimezone(ATHENS):%H:%M}" in message.body
    unfolded = calendar.replace("\r\n ", "")
    assert greek in unfolded and reference in unfolded
