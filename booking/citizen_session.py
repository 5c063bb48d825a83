"""What a citizen's browser session holds about bookings, and for how long.

The session lives in the database (`django_session`), so whatever the
booking pages put there is personal data at rest. Three things go there,
each for as short a time as the pages need it:

- the answers of an unfinished booking (name, phone, e-mail, note), with the
  time they were saved: dropped when the appointment is made, and ignored
  and deleted once older than `BOOKING_SESSION_HOURS`;
- the appointment just booked, for the confirmation page: its manage token
  only until that page is first shown (the link is then in the text message
  and e-mail, never again in the session). While it is there and the citizen
  has not chosen "book another appointment" (`start_new_flow`), the flow is
  *finished*: every step shows the confirmation instead (`finished_flow`),
  so the browser's Back button never invites a second booking by mistake;
- grants: the ids of the few appointments whose private link was opened in
  this browser, which the token-free manage pages require.

Whenever one of them is written, the session is made to expire within
`BOOKING_SESSION_HOURS` (never later than it would anyway), and the hourly
housekeeping deletes expired sessions (`clear_expired_sessions`).
"""

import time
from importlib import import_module

from django.conf import settings

FLOW_KEY = "booking_flow"
DONE_KEY = "booking_done"
GRANTS_KEY = "booking_grants"
# A browser used by a family may open the links of a few appointments.
MAX_GRANTS = 5


def lifetime_seconds():
    return int(settings.BOOKING_SESSION_HOURS * 3600)


def _fresh(saved_at):
    return isinstance(saved_at, int | float) and 0 <= time.time() - saved_at < lifetime_seconds()


def _shorten_session(request):
    """Expire the session within the booking lifetime, never extending a shorter one."""
    request.session.set_expiry(min(request.session.get_expiry_age(), lifetime_seconds()))


# --- The unfinished booking ------------------------------------------------------


def load_flow(request):
    """The answers so far, or {} when there are none or they are too old (then deleted)."""
    state = request.session.get(FLOW_KEY)
    if not state:
        return {}
    if not _fresh(state.get("saved_at")):
        request.session.pop(FLOW_KEY, None)
        return {}
    return dict(state)


def save_flow(request, state):
    request.session[FLOW_KEY] = {**state, "saved_at": time.time()}
    _shorten_session(request)


def end_flow(request):
    request.session.pop(FLOW_KEY, None)


# --- The appointment just booked ----------------------------------------------------


def remember_booked(request, appointment, token):
    request.session[DONE_KEY] = {"appointment": appointment.pk, "token": token, "at": time.time()}
    _shorten_session(request)


def just_booked(request):
    """The id of the appointment booked in this browser lately, or None."""
    done = request.session.get(DONE_KEY) or {}
    if not _fresh(done.get("at")):
        request.session.pop(DONE_KEY, None)
        return None
    return done.get("appointment")


def finished_flow(request):
    """The id of the appointment just booked, while no new booking has been started."""
    pk = just_booked(request)
    if pk is None or request.session.get(DONE_KEY, {}).get("new_flow"):
        return None
    return pk


def start_new_flow(request):
    """The citizen chose to book another appointment: the steps are open again (the
    confirmation of the last one can still be shown)."""
    done = request.session.get(DONE_KEY)
    if done and not done.get("new_flow"):
        request.session[DONE_KEY] = {**done, "new_flow": True}


def forget_booked(request):
    """The appointment just booked is gone (deleted by staff): nothing to confirm any more."""
    request.session.pop(DONE_KEY, None)


def take_token(request):
    """The manage token of the appointment just booked, once; it leaves the session."""
    done = request.session.get(DONE_KEY) or {}
    token = done.pop("token", None)
    if token is not None:
        request.session[DONE_KEY] = done
    return token


# --- Grants: appointments whose private link was opened here ------------------------


def grant(request, appointment):
    granted = [pk for pk in request.session.get(GRANTS_KEY, []) if pk != appointment.pk]
    request.session[GRANTS_KEY] = [*granted, appointment.pk][-MAX_GRANTS:]
    _shorten_session(request)


def is_granted(request, appointment):
    return appointment.pk in request.session.get(GRANTS_KEY, [])


# --- Housekeeping -------------------------------------------------------------------------


def clear_expired_sessions():
    """Delete expired sessions, as `manage.py clearsessions` does."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()
