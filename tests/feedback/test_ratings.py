"""Feedback after an attended appointment: one link, one rating, kind refusals."""

import datetime
import secrets

from django.db import IntegrityError, transaction
from django.test import override_settings

import pytest

from booking.choices import Status
from booking.models import Appointment
from booking.retention import anonymise
from feedback import invitations
from feedback.models import FeedbackInvitation, Rating
from tests.feedback.helpers import (
    attended,
    book,
    feedback_mail,
    feedback_sms,
    give_url,
    mark,
    sent_token,
)

pytestmark = pytest.mark.django_db


def test_the_link_is_sent_only_once_the_appointment_is_marked_attended(bookable, committed):
    appointment = book(bookable, email="eleni@example.org", language="en")
    assert not FeedbackInvitation.objects.exists()
    assert feedback_sms() == [] and feedback_mail() == []

    mark(appointment, Status.NO_SHOW, committed)
    assert not FeedbackInvitation.objects.exists()  # did not come: nothing to rate

    mark(appointment, Status.ATTENDED, committed)
    invitation = FeedbackInvitation.objects.get(appointment=appointment)
    [(phone, text)] = feedback_sms()
    assert phone == appointment.phone
    assert "/en/feedback/" in text and "How was it?" in text  # the citizen's language
    [message] = feedback_mail()
    assert message.to == ["eleni@example.org"] and "/en/feedback/" in message.body
    token = sent_token()
    assert invitation.token_hash != token and token not in invitation.token_hash  # hash only
    assert invitation.sms_sent_at and invitation.email_sent_at

    # Marked did-not-come and attended again: no second link.
    mark(appointment, Status.NO_SHOW, committed)
    mark(appointment, Status.ATTENDED, committed)
    assert FeedbackInvitation.objects.count() == 1 and len(feedback_sms()) == 1


def test_the_link_is_sent_in_greek_to_a_greek_speaker(bookable, committed):
    attended(bookable, committed)
    [(_phone, text)] = feedback_sms()
    assert "/el/feedback/" in text and "Πώς ήταν;" in text


def test_a_rating_is_given_once_and_the_second_use_is_refused_kindly(client, bookable, committed):
    appointment = attended(bookable, committed, language="en")
    url = give_url(sent_token(), "en")

    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and page["Cache-Control"] == "no-store, private"
    assert page["Referrer-Policy"] == "no-referrer"
    for words in ("Very bad", "Bad", "Okay", "Good", "Very good"):
        assert f"<span>{words}</span>" in html  # words, not only numbers
    assert html.count('type="radio"') == 5

    answer = client.post(url, {"score": "4", "comment": "Very kind staff."})
    assert answer.status_code == 200 and "Your answer has been recorded" in answer.content.decode()
    rating = Rating.objects.get()
    assert (rating.appointment, rating.score, rating.comment) == (
        appointment,
        4,
        "Very kind staff.",
    )
    assert rating.branch == bookable["branch"] and rating.stop is None

    again = client.post(url, {"score": "1"})
    assert again.status_code == 200
    assert "feedback for this appointment has already been given" in again.content.decode()
    assert Rating.objects.count() == 1 and Rating.objects.get().score == 4
    opened_again = client.get(url)
    assert "already been given" in opened_again.content.decode()


def test_the_database_refuses_a_second_rating_of_one_appointment(bookable, committed):
    appointment = attended(bookable, committed)
    invitations.submit(sent_token(), 5)
    with pytest.raises(invitations.AlreadyGiven):
        invitations.submit(sent_token(), 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.create(appointment=appointment, branch=bookable["branch"], score=2)
    assert list(Rating.objects.values_list("score", flat=True)) == [5]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({}, "Παρακαλούμε επιλέξτε μία απάντηση."),
        ({"score": "7"}, "Παρακαλούμε επιλέξτε μία από τις πέντε απαντήσεις."),
        ({"score": "x\x00"}, "Παρακαλούμε επιλέξτε μία από τις πέντε απαντήσεις."),
        ({"score": "3", "comment": "α" * 1001}, "κάτω από 1000 χαρακτήρες"),
    ],
)
def test_bad_answers_get_a_translated_message_and_keep_the_link(
    client, bookable, committed, answers, message
):
    attended(bookable, committed)
    url = give_url(sent_token())
    page = client.post(url, answers)
    assert page.status_code == 400 and message in page.content.decode()
    assert not Rating.objects.exists()
    assert client.post(url, {"score": "2"}).status_code == 200
    assert Rating.objects.get().score == 2


def test_an_unknown_or_expired_link_is_a_kind_404(client, bookable, committed, clock):
    page = client.get(give_url("not-a-real-token", "ar"))
    assert page.status_code == 404 and 'dir="rtl"' in page.content.decode()
    assert "رابط" in page.content.decode()

    attended(bookable, committed)
    url = give_url(sent_token())
    clock.shift(datetime.timedelta(days=31))
    expired = client.post(url, {"score": "5"})
    assert expired.status_code == 404 and not Rating.objects.exists()


@override_settings(FEEDBACK_RATE_PER_IP="2/h")
def test_answers_are_rate_limited_per_address(client, bookable, committed):
    attended(bookable, committed)
    url = give_url(sent_token())
    # An address of its own: a shared Redis keeps counts between runs.
    address = {"REMOTE_ADDR": f"10.{secrets.randbelow(250)}.{secrets.randbelow(250)}.7"}
    assert client.post(url, {}, **address).status_code == 400
    assert client.post(url, {}, **address).status_code == 400
    limited = client.post(url, {"score": "5"}, **address)
    assert limited.status_code == 429 and not Rating.objects.exists()
    assert "σύνδεση" in limited.content.decode()


def test_retention_removes_the_comment_and_keeps_the_score(bookable, committed):
    appointment = attended(bookable, committed)
    invitations.submit(sent_token(), 3, "Ο κ. Παπαδόπουλος με βοήθησε πολύ.")
    anonymise(Appointment.objects.filter(pk=appointment.pk))
    rating = Rating.objects.get()
    assert (rating.score, rating.comment) == (3, "")
    assert rating.comment_removed_at is not None
    assert not FeedbackInvitation.objects.exists()
