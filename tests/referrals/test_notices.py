"""The centre is told of a new referral: an e-mail to the place's inbox (a stop's: its
van's; else the general inbox), sent after the referral is stored, retried like the
appointments' messages; a mail server that fails loses nothing."""

import datetime

from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse

import pytest

from booking.choices import DeliveryStatus
from booking.tasks import housekeeping
from portal.models import SiteSettings
from referrals.models import Referral
from tests.booking.staff_helpers import client_for
from tests.referrals import builders as rb

pytestmark = pytest.mark.django_db


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def net(home, clock):
    world = rb.network()
    world["branch"].email = "branch@example.gov.gr"
    world["branch"].save()
    site = SiteSettings.objects.get()
    site.email = "info@example.gov.gr"
    site.save()
    return world


def refer(net, where, capture):
    with capture(execute=True):
        return rb.referral(net["partner"], net["service"], where)


def test_the_branchs_inbox_is_told_without_the_citizens_details(
    net, mailoutbox, django_capture_on_commit_callbacks
):
    referral = refer(net, net["branch"], django_capture_on_commit_callbacks)
    (mail,) = mailoutbox
    assert mail.to == ["branch@example.gov.gr"]
    assert referral.display_reference in mail.subject
    assert "Κοινωνική Υπηρεσία Πειραιά" in mail.subject
    assert reverse("referrals:detail", args=[referral.pk]) in mail.body
    for private in ("Μαρία", "694", "+30", "ψυχολογική"):
        assert private not in mail.body and private not in mail.subject
    referral.refresh_from_db()
    assert (referral.notice_status, referral.notice_attempts) == (DeliveryStatus.SENT, 1)


def test_a_stop_without_a_vans_inbox_goes_to_the_general_inbox(
    net, mailoutbox, django_capture_on_commit_callbacks
):
    refer(net, net["stop"], django_capture_on_commit_callbacks)
    assert [mail.to for mail in mailoutbox] == [["info@example.gov.gr"]]


def test_nothing_is_sent_before_the_referral_is_stored(
    net, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        rb.referral(net["partner"], net["service"], net["branch"])
    assert len(callbacks) == 1 and mailoutbox == []
    assert Referral.objects.get().notice_status == DeliveryStatus.PENDING


def test_a_failing_mail_server_loses_nothing_and_the_notice_is_retried(
    net, mailoutbox, settings, clock, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    referral = refer(net, net["branch"], django_capture_on_commit_callbacks)
    referral.refresh_from_db()
    assert referral.name == "Μαρία Αντωνίου"  # stored whatever the mail server does
    assert referral.notice_status == DeliveryStatus.PENDING
    assert referral.notice_attempts == 1 and referral.notice_next_attempt_at is not None

    assert housekeeping.call()["referral_notices_retried"] == 0  # not due yet
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    clock.shift(datetime.timedelta(seconds=settings.BOOKING_NOTIFICATION_RETRY_DELAYS[0] + 1))
    assert housekeeping.call()["referral_notices_retried"] == 1
    assert [mail.to for mail in mailoutbox] == [["branch@example.gov.gr"]]
    referral.refresh_from_db()
    assert (referral.notice_status, referral.notice_attempts) == (DeliveryStatus.SENT, 2)


def test_after_the_last_attempt_staff_see_it_was_not_delivered(
    net, settings, clock, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS = 2
    referral = refer(net, net["branch"], django_capture_on_commit_callbacks)
    clock.shift(datetime.timedelta(days=1))
    housekeeping.call()
    referral.refresh_from_db()
    assert referral.notice_status == DeliveryStatus.FAILED
    assert referral.notice_next_attempt_at is None
    page = client_for(net["desk_branch"]).get(reverse("referrals:detail", args=[referral.pk]))
    assert "Not delivered to the inbox" in page.content.decode()
    partner = client_for(net["partner"]).get(reverse("referrals:detail", args=[referral.pk]))
    assert "Not delivered to the inbox" not in partner.content.decode()
