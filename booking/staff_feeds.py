"""A staff user's private iCal feed of the appointments at their places.

The address carries a random token; only its hash is stored
(`StaffFeedToken`), so the link can be shown once, revoked, and replaced.
Deactivating a user revokes their links for good, so reactivating the user
does not bring an old link back (see `revoke_for_inactive_users`).
The feed covers 30 days back to 60 days ahead and holds appointments that
keep their time (booked, attended, did not come); a cancelled appointment
is left out, so subscribed calendars drop it at their next refresh.

What a calendar program receives leaves the centre's systems, so it says
as little as the job needs: the reference, the service, the place, whether
an interpreter is needed and for which language. Names and phone numbers
only with BOOKING_STAFF_FEED_SHOW_PHONE; accessibility needs and notes never
(the event links to the appointment in the admin instead).
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.users.models import UserProfile

from booking import audit
from booking.choices import HOLDING_STATUSES, Status
from booking.ics import appointment_event
from booking.models import Appointment, StaffFeedToken
from booking.permissions import can_view, place_scope
from booking.references import hash_token, new_token
from portal import ical

PRODID = "-//Community Centre portal//Staff appointments//EL"
DAYS_BACK = 30
DAYS_AHEAD = 60
REFRESH = datetime.timedelta(minutes=30)


# --- Links ---------------------------------------------------------------------------


def active_token(user):
    return StaffFeedToken.objects.filter(user=user, revoked_at__isnull=True).first()


def create_token(user, now=None):
    """A new feed link for `user`; any earlier one stops working. Returns the token."""
    revoke_tokens(user, now=now)
    token, token_hash = new_token()
    StaffFeedToken.objects.create(user=user, token_hash=token_hash)
    return token


def revoke_tokens(user, now=None):
    return StaffFeedToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=now or timezone.now()
    )


def revoke_for_inactive_users(users=None, now=None):
    """Revoke every live link of inactive users (of `users`, a queryset, or of all); how many.

    Revoking, rather than only refusing while the user is inactive, is what
    keeps a link dead after the user is reactivated. Django keeps no date of
    deactivation to compare a link's `created_at` with, and `is_active` changes
    by more than one road, so this runs from each of them: the user's save
    (a post_save signal: the admin's edit form, the shell), Wagtail's bulk
    "mark as inactive" (an `update()` that sends no signal: the
    after_bulk_action hook), a feed request of an inactive user, and the
    hourly housekeeping as the net under all of them.
    """
    tokens = StaffFeedToken.objects.filter(revoked_at__isnull=True, user__is_active=False)
    if users is not None:
        tokens = tokens.filter(user__in=users)
    revoked = 0
    for user in {token.user for token in tokens.select_related("user")}:
        count = revoke_tokens(user, now=now)
        audit.record(
            audit.FEED_REVOKE, None, about=user, links=count, reason=audit.REVOKED_ON_DEACTIVATION
        )
        revoked += count
    return revoked


def user_for_token(token):
    """The active staff user a feed token belongs to, or None."""
    if not token or len(token) > 100:
        return None
    found = (
        StaffFeedToken.objects.select_related("user")
        .filter(token_hash=hash_token(token), revoked_at__isnull=True)
        .first()
    )
    if found is None:
        return None
    if not found.user.is_active:
        revoke_for_inactive_users([found.user])
        return None
    if not can_view(found.user):
        return None
    return found.user


# --- The feed ------------------------------------------------------------------------


def feed_appointments(user, now=None):
    now = now or timezone.now()
    queryset = Appointment.objects.filter(
        start__gte=now - datetime.timedelta(days=DAYS_BACK),
        start__lt=now + datetime.timedelta(days=DAYS_AHEAD),
        status__in=HOLDING_STATUSES,
    ).select_related("service", "branch", "stop__mobile_unit")
    return place_scope(user).appointments(queryset).order_by("start", "pk")


def admin_language(user):
    """The language the user chose for the admin (Greek when none)."""
    chosen = (
        UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
    )
    permitted = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
    return chosen if chosen in permitted else settings.LANGUAGE_CODE


def staff_calendar(user, now=None):
    """The VCALENDAR (bytes) of `user`'s appointments, in their admin language."""
    appointments = feed_appointments(user, now=now)
    with translation.override(admin_language(user)):
        calendar = ical.feed_calendar(PRODID, name=_("Appointments"), refresh=REFRESH)
        for appointment in appointments:
            calendar.add_component(staff_event(appointment))
        return calendar.to_ical()


def staff_event(appointment):
    """The appointment's event as staff see it: reference first, private, linked to the admin."""
    event = appointment_event(
        appointment,
        summary=_("%(reference)s: %(service)s")
        % {"reference": appointment.display_reference, "service": appointment.service.title},
        lines=description_lines(appointment),
    )
    event.add("last-modified", appointment.updated_at.astimezone(datetime.UTC))
    event.add("url", admin_url(appointment))
    event.add("status", "CONFIRMED")
    event.add("class", "PRIVATE")
    return event


def description_lines(appointment):
    lines = []
    if appointment.status != Status.BOOKED:
        lines.append(_("Status: %(status)s") % {"status": appointment.get_status_display()})
    if appointment.interpreter_needed:
        lines.append(
            _("Interpreter needed: %(language)s")
            % {"language": appointment.interpreter_language_label or _("language not given")}
        )
    else:
        lines.append(_("No interpreter needed."))
    lines.append(
        _("Language for contact: %(language)s") % {"language": appointment.get_language_display()}
    )
    if settings.BOOKING_STAFF_FEED_SHOW_PHONE and appointment.anonymised_at is None:
        lines.append(_("Name: %(name)s") % {"name": appointment.name})
        lines.append(_("Phone: %(phone)s") % {"phone": appointment.phone})
    if appointment.accessibility_needs or appointment.note:
        lines.append(_("There are accessibility needs or a note: see the appointment."))
    lines.append(_("Made: %(channel)s") % {"channel": appointment.get_channel_display()})
    return lines


def admin_url(appointment):
    """The appointment's page on the portal's configured public address (PUBLIC_BASE_URL):
    calendar programs show this link far from any request, so never a development address."""
    path = reverse("appointments:inspect", args=[appointment.pk])
    return settings.PUBLIC_BASE_URL.rstrip("/") + path
