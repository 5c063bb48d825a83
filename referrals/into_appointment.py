"""Accepting a referral into an appointment, through the front desk's "Book for a citizen".

"Into an appointment" opens the booking flow with the referral's service
and place chosen and the citizen's details filled in (booking.handovers:
only `handover=referral-<id>` travels in the address). When the staff
member books, the appointment is linked to the referral, which becomes
accepted (referrals.outcomes.accept).
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from booking import handovers
from booking import permissions as booking_permissions
from booking.views.staff.common import BOOK_URL, DETAIL_URL
from portal.parsing import parse_id
from referrals import outcomes, permissions

KEY = "appointment"
PREFIX = "referral"


def start_url(referral):
    query = {
        "service": referral.service_id,
        "place": referral.place_id,
        "handover": handover_key(referral),
    }
    return f"{reverse(BOOK_URL)}?{urlencode(query)}"


def handover_key(referral):
    return f"{PREFIX}-{referral.pk}"


def describe(appointment):
    return _("Appointment %(reference)s") % {"reference": appointment.display_reference}


def target_url(user, appointment):
    if booking_permissions.appointments_for(user).filter(pk=appointment.pk).exists():
        return reverse(DETAIL_URL, args=[appointment.pk])
    return None


def find_handover(user, ident):
    """The pending referral `ident` as a handover, if this user may decide it and book."""
    pk = parse_id(ident)
    if pk is None or not (permissions.can_decide(user) and booking_permissions.can_book(user)):
        return None
    referral = (
        permissions.staff_referrals(user)
        .pending()
        .select_related("organisation")
        .filter(pk=pk)
        .first()
    )
    if referral is None:
        return None
    partner = referral.organisation.name
    return handovers.Handover(
        key=handover_key(referral),
        label=_(
            "Accepting referral %(reference)s from %(partner)s: "
            "the citizen's details are filled in from it."
        )
        % {"reference": referral.display_reference, "partner": partner},
        # Every outcome's form takes what it needs from these (booking's details take the
        # first five; a call-back the reason as its topic; a home visit the partner's name).
        initial={
            "name": referral.name,
            "phone": referral.phone,
            "email": referral.email,
            "language": referral.language,
            "note": _("Referred by %(partner)s (%(reference)s)")
            % {"partner": partner, "reference": referral.display_reference},
            "reason": referral.reason,
            "organisation": partner,
            "service": referral.service_id,
            "place": referral.place_id,
        },
        on_booked=lambda target, by: linked(referral, target, by),
    )


def linked(referral, target, user):
    """Accept `referral` into what was just made from it (an appointment, a call-back, a
    home-visit request: the outcome registered for its model) and say so to the staff."""
    key = outcomes.key_for(target)
    reference = referral.display_reference
    if key == KEY:
        if outcomes.accept(referral, KEY, target, user):
            return _("Referral %(reference)s is accepted into this appointment.") % {
                "reference": reference
            }
        return _(
            "Referral %(reference)s was already decided: this appointment is not linked to it."
        ) % {"reference": reference}
    if outcomes.accept(referral, key, target, user):
        return _("Referral %(reference)s is accepted: %(outcome)s.") % {
            "reference": reference,
            "outcome": outcomes.OUTCOMES[key].describe(target),
        }
    return _(
        "Referral %(reference)s was already decided by someone else: "
        "%(outcome)s is not linked to it."
    ) % {
        "reference": reference,
        "outcome": outcomes.OUTCOMES[key].describe(target),
    }


def register():
    outcomes.register(
        outcomes.Outcome(
            key=KEY,
            label=gettext_lazy("Into an appointment"),
            start_url=start_url,
            describe=describe,
            target_url=target_url,
            model="booking.appointment",
            partner_text=gettext_lazy("The centre will book an appointment for the citizen."),
        )
    )
    handovers.register(PREFIX, find_handover)
