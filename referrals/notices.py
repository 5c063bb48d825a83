"""Telling the centre a referral came: an e-mail to the inbox of the place referred to.

Stored first: the referral row (with `notice_status` pending) is saved by
`referrals.intake`, and this e-mail goes out after the commit through the
portal's one delivery mechanism (`booking.deliveries`: claimed once, tried
again after BOOKING_NOTIFICATION_RETRY_DELAYS up to
BOOKING_NOTIFICATION_MAX_ATTEMPTS, swept by the hourly housekeeping), so a
mail server that is down loses nothing — the referral is in the staff's
*Referrals* list in any case; after the last attempt the referral's page
says "not delivered".

Where: the branch's e-mail; for a van stop, its mobile unit's; otherwise the
general inbox (*Settings › Contact details › e-mail*), as contact messages.
What: the reference, the partner, the service, the place and the link to the
referral's admin page — never the citizen's name, phone or reason, which
staff read in the admin (an inbox is shared and kept for years).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from booking.deliveries import NO_LONGER_NEEDED, Outbox
from portal.models import SiteSettings
from referrals.models import Referral


class NoInbox(Exception):
    """Neither the place nor the site settings have an e-mail address."""


def inbox_address(referral):
    """The place's inbox (a stop's: its van's), else the general one ("" if none)."""
    place = referral.branch if referral.branch_id else referral.stop.mobile_unit
    return getattr(place, "email", "") or general_address()


def general_address():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).email if site else ""


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


NOTICES = Outbox(
    path="referrals.notices.NOTICES",
    model=Referral,
    send=_send,
    why_not=lambda referral: NO_LONGER_NEEDED if referral.anonymised_at else "",
    describe=lambda referral: f"Referral {referral.pk}: notice to the inbox",
    related=("organisation", "service", "branch", "stop__mobile_unit"),
    fields={
        "status": "notice_status",
        "attempts": "notice_attempts",
        "next_attempt_at": "notice_next_attempt_at",
        "last_error": None,
    },
)
