"""The doors between call-backs and the rest, all through booking.handovers.

- A call-back request booked from the queue: `callback-<id>` fills in the
  front desk's booking steps with the caller's details and, once booked,
  links the appointment and resolves the request (callbacks.staff).
- A referral accepted into a call-back (referrals.outcomes; this app
  registers the outcome, referrals never imports it): "Into a call-back"
  opens a staff form (callbacks.staff.NewCallbackView) filled in from the
  referral's handover (`handover=referral-<id>`); saving it makes the
  request and the handover accepts the referral into it.
"""

from django.apps import apps
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from booking import handovers
from booking.phones import display_phone
from callbacks import permissions
from portal.parsing import parse_id

PREFIX = "callback"
NEW_URL = "callbacks_queue:new"
QUEUE_URL = "callbacks_queue:index"


def find_callback(user, ident):
    """The call-back request `ident` (still holding its data) as a handover, if this user
    may book from it."""
    pk = parse_id(ident)
    if pk is None or not permissions.can_book(user):
        return None
    callback = permissions.requests_for(user).filter(pk=pk, anonymised_at__isnull=True).first()
    if callback is None:
        return None
    return handovers.Handover(
        key=f"{PREFIX}-{callback.pk}",
        label=_(
            "Booking for call-back request %(number)s (%(name)s). The caller's details are "
            "filled in: check them with the caller."
        )
        % {"number": callback.pk, "name": callback.name},
        initial={
            "channel": "phone",
            "name": callback.name,
            "phone": display_phone(callback.phone),
            "language": callback.language,
            "interpreter_needed": "yes" if callback.interpreter_needed else "no",
            "note": callback.topic[:500],
        },
        on_booked=lambda appointment, by: _booked(callback, appointment, by),
    )


def _booked(callback, appointment, user):
    from callbacks.staff import link_appointment  # noqa: PLC0415 (staff imports booking's views)

    link_appointment(callback, appointment, user)
    return ""


def describe(callback):
    return _("Call-back request %(number)s") % {"number": callback.pk}


def start_url(referral):
    return f"{reverse(NEW_URL)}?{urlencode({'handover': f'referral-{referral.pk}'})}"


def target_url(user, callback):
    """The queue, showing every request (the request has no page of its own)."""
    if permissions.requests_for(user).filter(pk=callback.pk).exists():
        return f"{reverse(QUEUE_URL)}?shown=all"
    return None


def register():
    handovers.register(PREFIX, find_callback)
    if not apps.is_installed("referrals"):
        return
    from referrals import outcomes  # noqa: PLC0415 (only when the referrals app is installed)

    outcomes.register(
        outcomes.Outcome(
            key="callback",
            label=gettext_lazy("Into a call-back"),
            start_url=start_url,
            describe=describe,
            target_url=target_url,
            model="callbacks.callbackrequest",
            partner_text=gettext_lazy("The centre will call the citizen."),
        )
    )
