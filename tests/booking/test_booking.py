"""Booking, cancelling, moving; notifications in the citizen's language; retention."""

import datetime
import uuid
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone as django_timezone
from django.utils import translation

import icalendar
import pytest
import time_machine
from axes.models import AccessLog

from booking import notifications, reservations
from booking.choices import Channel, Status
from booking.models import Appointment, SlotUsage
from booking.references import ALPHABET, hash_token, normalise_reference
from booking.retention import anonymise_due, export_citizen_data
from booking.slots import free_slots
from booking.sms import MemorySMSBackend, mask_phone
from booking.tasks import housekeeping
from tests.booking.builders import details
from tests.clock import NOW

SMS = override_settings(BOOKING_SMS_BACKEND="booking.sms.MemorySMSBackend")


@pytest.fixture(autouse=True)
def empty_sms_outbox():
    MemorySMSBackend.outbox.clear()


def first_slot(bookable, place="branch"):
    return free_slots(bookable["service"], places=[bookable[place].place_id])[0]


def make(bookable, place="branch", **overrides):
    slot = first_slot(bookable, place)
    return reservations.book(
        service=bookable["service"], slot_key=slot.key, details=details(**overrides)
    )


def test_booking_makes_an_appointment_with_a_readable_reference_and_a_hashed_token(bookable):
    slot = first_slot(bookable)

    appointment, token = reservations.book(
        service=bookable["service"], slot_key=slot.key, details=details()
    )

    assert appointment.status == Status.BOOKED
    assert appointment.channel == Channel.WEB
    assert (appointment.start, appointment.end) == (slot.start, slot.end)
    assert appointment.branch == bookable["branch"] and appointment.stop is None
    assert len(appointment.reference) == 8 and set(appointment.reference) <= set(ALPHABET)
    assert not set("0O1IL25SZ8B") & set(appointment.reference)
    assert appointment.manage_token_hash == hash_token(token) != token
    assert token not in str(Appointment.objects.filter(pk=appointment.pk).values().get())
    assert (
        appointment.display_reference == f"{appointment.reference[:4]}-{appointment.reference[4:]}"
    )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("kx47-mt9a", "KX47MT9A"), (" KX47 MT9A ", "KX47MT9A"), ("KX47MT9O", ""), ("KX47", "")],
)
def test_references_are_read_back_however_typed(typed, stored):
    assert normalise_reference(typed) == stored


def test_the_same_submission_twice_makes_one_appointment(bookable):
    slot = first_slot(bookable)
    submission = uuid.uuid4()

    first, token = reservations.book(
        service=bookable["service"], slot_key=slot.key, details=details(), submission_id=submission
    )
    again, second_token = reservations.book(
        service=bookable["service"], slot_key=slot.key, details=details(), submission_id=submission
    )

    assert again.pk == first.pk
    assert token and second_token is None
    assert Appointment.objects.count() == 1
    assert SlotUsage.objects.filter(booked=1).count() == 6


def test_a_full_slot_is_refused_with_the_nearest_free_ones(bookable):
    slot = first_slot(bookable, "stop")  # capacity 1
    reservations.book(
        service=bookable["service"], slot_key=slot.key, details=details(phone="+306912345601")
    )

    with pytest.raises(reservations.SlotUnavailable) as refused:
        reservations.book(
            service=bookable["service"], slot_key=slot.key, details=details(phone="+306912345602")
        )

    alternatives = refused.value.alternatives
    assert alternatives and slot.key not in {a.key for a in alternatives}
    assert alternatives[0].start == slot.start + datetime.timedelta(minutes=30)
    assert Appointment.objects.count() == 1


@pytest.mark.parametrize(
    "key",
    ["", "nonsense", "stop-visit-999999@20270119T0800Z", "branch-schedule-1@20300101T0800Z"],
)
def test_tampered_or_unknown_slots_are_refused_cleanly(bookable, key):
    with pytest.raises(reservations.SlotUnavailable):
        reservations.book(service=bookable["service"], slot_key=key, details=details())
    assert Appointment.objects.count() == 0
    assert SlotUsage.objects.filter(booked__gt=0).count() == 0


def test_a_slot_in_the_past_or_within_the_notice_is_refused(bookable):
    slot = first_slot(bookable)

    with (
        time_machine.travel(slot.start - datetime.timedelta(minutes=30), tick=False),
        pytest.raises(reservations.SlotUnavailable),
    ):
        reservations.book(service=bookable["service"], slot_key=slot.key, details=details())


@override_settings(BOOKING_MAX_ACTIVE_PER_PHONE=2)
def test_a_phone_number_holds_a_limited_number_of_future_appointments(bookable):
    slots = free_slots(bookable["service"], places=[bookable["branch"].place_id])
    for slot in slots[:2]:
        reservations.book(service=bookable["service"], slot_key=slot.key, details=details())

    with pytest.raises(reservations.TooManyAppointments):
        reservations.book(service=bookable["service"], slot_key=slots[5].key, details=details())
    # Another number may still book.
    reservations.book(
        service=bookable["service"], slot_key=slots[5].key, details=details(phone="+306999999999")
    )


def test_a_service_that_cannot_be_booked_is_refused(bookable):
    slot = first_slot(bookable)
    bookable["service"].bookable = False
    bookable["service"].save()

    with pytest.raises(reservations.NotBookable):
        reservations.book(service=bookable["service"], slot_key=slot.key, details=details())


def test_cancelling_frees_the_cells_and_twice_is_harmless(bookable):
    appointment, _token = make(bookable)

    assert reservations.cancel(appointment) is True
    assert reservations.cancel(appointment) is False

    appointment.refresh_from_db()
    assert appointment.status == Status.CANCELLED and appointment.cancelled_at == NOW
    assert SlotUsage.objects.filter(booked__gt=0).count() == 0


def test_moving_takes_the_new_slot_and_frees_the_old_one(bookable):
    appointment, _token = make(bookable, "stop")
    old = (appointment.window_key, appointment.start)
    new_slot = free_slots(bookable["service"], places=[bookable["stop"].place_id])[3]

    reservations.reschedule(appointment, new_slot.key)

    appointment.refresh_from_db()
    assert (appointment.start, appointment.end) == (new_slot.start, new_slot.end)
    keys = {s.key for s in free_slots(bookable["service"], places=[bookable["stop"].place_id])}
    assert f"{old[0]}@{old[1].astimezone(datetime.UTC):%Y%m%dT%H%MZ}" in keys
    assert new_slot.key not in keys
    assert SlotUsage.objects.filter(booked=1).count() == 6


def test_moving_to_a_taken_slot_is_refused_and_keeps_the_appointment(bookable):
    mine, _ = make(bookable, "stop", phone="+306912345601")
    original_start = mine.start
    slots = free_slots(bookable["service"], places=[bookable["stop"].place_id])
    reservations.book(
        service=bookable["service"], slot_key=slots[1].key, details=details(phone="+306912345602")
    )

    with pytest.raises(reservations.SlotUnavailable):
        reservations.reschedule(mine, slots[1].key)

    mine.refresh_from_db()
    assert mine.status == Status.BOOKED and mine.start == original_start
    assert Appointment.objects.filter(status=Status.BOOKED).count() == 2


@SMS
def test_confirmation_by_email_with_calendar_file_and_by_text_in_the_citizens_language(
    bookable, committed
):
    with translation.override("el"):
        appointment, token = committed(
            make, bookable, email="zahra@example.org", language="fa", name="زهرا محمدی"
        )

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["zahra@example.org"]
    with translation.override("fa"):
        # The reference isolated (LRI … PDI) in right-to-left text: portal.bidi.
        expected_subject = translation.gettext("Your appointment is booked (%(reference)s)") % {
            "reference": f"\u2066{appointment.display_reference}\u2069"
        }
    assert message.subject == expected_subject
    assert "زهرا محمدی" in message.body
    assert f"/fa/booking/manage/{token}/" in message.body
    (name, content, mimetype) = message.attachments[0]
    assert name == f"appointment-{appointment.reference}.ics"
    assert mimetype.startswith("text/calendar")
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert event["DTSTART"].dt == appointment.start
    assert event["UID"].startswith(f"appointment-{appointment.reference}@")
    assert [phone for phone, _text in MemorySMSBackend.outbox] == ["+306912345678"]
    assert appointment.display_reference in MemorySMSBackend.outbox[0][1]


@SMS
def test_without_an_email_address_only_a_text_message_is_sent(bookable, committed):
    committed(make, bookable)

    assert mail.outbox == []
    assert len(MemorySMSBackend.outbox) == 1


@SMS
def test_cancellation_and_move_are_announced(bookable, committed):
    appointment, _ = committed(make, bookable, email="a@example.org", language="en")
    new_slot = free_slots(bookable["service"], places=[bookable["branch"].place_id])[4]

    committed(reservations.reschedule, appointment, new_slot.key)
    committed(reservations.cancel, appointment)

    subjects = [m.subject for m in mail.outbox]
    assert subjects[1] == f"Your appointment has a new time ({appointment.display_reference})"
    assert subjects[2] == f"Your appointment is cancelled ({appointment.display_reference})"
    assert len(MemorySMSBackend.outbox) == 3


@SMS
def test_reminders_go_out_the_day_before_once(bookable):
    appointment, _ = make(bookable, email="a@example.org", language="en")
    mail.outbox.clear()
    MemorySMSBackend.outbox.clear()

    assert (
        notifications.send_due_reminders(now=appointment.start - datetime.timedelta(hours=40)) == 0
    )
    assert (
        notifications.send_due_reminders(now=appointment.start - datetime.timedelta(hours=24)) == 1
    )
    assert (
        notifications.send_due_reminders(now=appointment.start - datetime.timedelta(hours=20)) == 0
    )

    assert [m.subject for m in mail.outbox] == [
        f"Reminder: your appointment tomorrow ({appointment.display_reference})"
    ]
    assert len(MemorySMSBackend.outbox) == 1


@SMS
def test_no_reminder_for_a_cancelled_appointment(bookable):
    appointment, _ = make(bookable)
    reservations.cancel(appointment)
    MemorySMSBackend.outbox.clear()

    assert (
        notifications.send_due_reminders(now=appointment.start - datetime.timedelta(hours=24)) == 0
    )
    assert MemorySMSBackend.outbox == []


def test_the_logging_text_backend_keeps_phone_numbers_out_of_the_log(bookable, caplog, committed):
    caplog.set_level("INFO")

    committed(make, bookable, name="Ελένη Παπαδάκη", phone="+306912345678")

    log = caplog.text
    assert "+306912345678" not in log and "Ελένη" not in log
    assert mask_phone("+306912345678") in log


def test_personal_data_is_anonymised_after_the_retention_period(bookable):
    appointment, _token = make(
        bookable, email="a@example.org", note="Χρειάζομαι βοήθεια", accessibility_needs="Αμαξίδιο"
    )

    assert anonymise_due(now=appointment.end + datetime.timedelta(days=89)) == 0
    assert anonymise_due(now=appointment.end + datetime.timedelta(days=91)) == 1

    appointment.refresh_from_db()
    assert (appointment.name, appointment.phone, appointment.email, appointment.note) == (
        "",
        "",
        "",
        "",
    )
    assert appointment.accessibility_needs == "" and appointment.manage_token_hash == ""
    # What the statistics need stays.
    assert appointment.service_id == bookable["service"].pk and appointment.status == Status.BOOKED
    assert anonymise_due(now=appointment.end + datetime.timedelta(days=200)) == 0


@override_settings(BOOKING_RETENTION_DAYS=30)
def test_retention_is_a_setting_and_the_command_applies_it(bookable):
    appointment, _ = make(bookable)
    output = StringIO()

    with time_machine.travel(appointment.end + datetime.timedelta(days=31), tick=False):
        call_command("anonymise_appointments", stdout=output)

    appointment.refresh_from_db()
    assert appointment.anonymised_at is not None
    assert "Anonymised 1 appointment(s)." in output.getvalue()


@SMS
def test_housekeeping_task_reminds_and_anonymises(bookable):
    appointment, _ = make(bookable)
    MemorySMSBackend.outbox.clear()
    with time_machine.travel(appointment.start - datetime.timedelta(hours=24), tick=False):
        result = housekeeping.enqueue()

    assert result.return_value == {
        "reminded": 1,
        "retried": 0,
        "anonymised": 0,
        "audit_pruned": 0,
        "feed_links_revoked": 0,
        "sign_in_records_pruned": 0,
        # HOUSEKEEPING_HOOKS: the waiting list, the other doors' retries and retention.
        "waitlist_offers": 0,
        "waitlist_anonymised": 0,
        "callback_sms_retried": 0,
        "callbacks_anonymised": 0,
        "contact_retried": 0,
        "contact_anonymised": 0,
        "referral_notices_retried": 0,
        "referrals_anonymised": 0,
        "home_visit_messages_retried": 0,
        "home_visits_anonymised": 0,
        "activity_reminders_stored": 0,
        "activity_messages_retried": 0,
        "activity_sign_ups_anonymised": 0,
    }


def test_housekeeping_deletes_staff_sign_in_records_past_their_days(bookable, settings):
    settings.STAFF_SIGN_IN_LOG_DAYS = 90
    now = django_timezone.now()
    for days, username in [(91, "old"), (89, "recent")]:
        record = AccessLog.objects.create(username=username, ip_address="192.0.2.1")
        AccessLog.objects.filter(pk=record.pk).update(
            attempt_time=now - datetime.timedelta(days=days)
        )

    result = housekeeping.enqueue()

    assert result.return_value["sign_in_records_pruned"] == 1
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["recent"]


def test_citizen_data_export_holds_everything_we_keep(bookable):
    appointment, _ = make(
        bookable, email="a@example.org", interpreter_needed=True, interpreter_language="fa"
    )

    data = export_citizen_data(appointment)

    assert data["reference"] == appointment.display_reference
    assert data["phone"] == "+306912345678" and data["email"] == "a@example.org"
    assert data["interpreter_language"] == "fa"
    assert data["anonymised_on"] is None
