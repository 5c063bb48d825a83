"""Telling the centre a referral came: an e-mail to the inbox of the place referred to.

Stored first: the referral row (with `notice_status` pending) is saved by
`referrals.intake`, and this e-mail goes out after the commit as a
django-tasks task (`referrals.tasks`), so a mail server that is down loses
nothing — the referral is in the staff's *Referrals* list in any case. A
failed attempt is tried again after BOOKING_NOTIFICATION_RETRY_DELAYS, up to
BOOKING_NOTIFICATION_MAX_ATTEMPTS (the appointments' settings), from a
deferred task or the hourly housekeeping; then the referral's page says "not
delivered".

Where: the branch's e-mail; for a van stop, its mobile unit's; otherwise the
general inbox (*Settings › Contact details › e-mail*), as contact messages.
What: the reference, the partner, the service, the place and the link to the
referral's admin page — never the citizen's name, phone or reason, which
staff read in the admin (an inbox is shared and kept for years).
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site

from booking.choices import DeliveryStatus
from booking.notifications import retry_delay
from portal.models import SiteSettings
from referrals.models import Referral

logger = logging.getLogger(__name__)

# While one process sends a due retry, others leave it alone for this long.
CLAIM_FOR = datetime.timedelta(minutes=10)


class NoInbox(Exception):
    """Neither the place nor the site settings have an e-mail address."""


def inbox_address(referral):
    """The place's inbox (a stop's: its van's), else the general one ("" if none)."""
    place = referral.branch if referral.branch_id else referral.stop.mobile_unit
    return getattr(place, "email", "") or general_address()


def general_address():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).email if site else ""


def attempt(referral, now=None):
    """Try the notice once. True when sent; on failure, plan the next try or give up."""
    now = now or timezone.now()
    if referral.notice_status != DeliveryStatus.PENDING:
        return False
    referral.notice_attempts += 1
    try:
        _send(referral)
    except Exception as error:  # a mail server's failure must never lose the referral
        sent = False
        logger.warning(
            "Referral %s: notice to the inbox failed (%s), attempt %s",
            referral.pk,
            type(error).__name__,
            referral.notice_attempts,
        )
        if referral.notice_attempts >= settings.BOOKING_NOTIFICATION_MAX_ATTEMPTS:
            referral.notice_status = DeliveryStatus.FAILED
            referral.notice_next_attempt_at = None
        else:
            referral.notice_next_attempt_at = now + retry_delay(referral.notice_attempts)
    else:
        sent = True
        referral.notice_status = DeliveryStatus.SENT
        referral.notice_next_attempt_at = None
    referral.save(update_fields=["notice_status", "notice_attempts", "notice_next_attempt_at"])
    return sent


def _send(referral):
    address = inbox_address(referral)
    if not address:
        raise NoInbox
    path = reverse("referrals:detail", args=[referral.pk])
    with translation.override(settings.LANGUAGE_CODE):  # the staff's language
        context = {
            "referral": referral,
            "place": referral.place,
            "url": f"{settings.PUBLIC_BASE_URL.rstrip('/')}{path}",
        }
        subject = render_to_string("referrals/email_subject.txt", context).strip()
        body = render_to_string("referrals/email.txt", context)
    EmailMessage(subject, body, to=[address]).send()


def claim(referral, now):
    """Take a due retry for this process; False when another worker took it first."""
    return bool(
        Referral.objects.filter(
            pk=referral.pk,
            notice_status=DeliveryStatus.PENDING,
            notice_next_attempt_at=referral.notice_next_attempt_at,
        ).update(notice_next_attempt_at=now + CLAIM_FOR)
    )


def send_due_retries(now=None):
    """Try every notice whose retry is due. Returns how many went out."""
    now = now or timezone.now()
    sent = 0
    for referral in Referral.objects.notices_due(at=now).select_related(
        "organisation", "service", "branch", "stop__mobile_unit"
    ):
        if claim(referral, now):
            referral.refresh_from_db()
            sent += attempt(referral, now=now)
    return sent
