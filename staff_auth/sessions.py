"""How long a staff member's admin session lives.

Staff sessions end after STAFF_SESSION_IDLE_MINUTES without an admin request
and after STAFF_SESSION_MAX_HOURS in all, whatever "Remember me" said. Two
timestamps in the session say when the person signed in and was last seen;
the middleware checks them on every admin request and, at most once a minute,
moves "last seen" on and the session's expiry (database row and cookie) with
it, so an idle session also disappears from the database on its own.
SESSION_SAVE_EVERY_REQUEST stays off and the global SESSION_COOKIE_AGE is left
alone: citizens' sessions follow their own rules.
"""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SIGNED_IN_AT = "staff_signed_in_at"
LAST_SEEN_AT = "staff_last_seen_at"
REFRESH_EVERY_SECONDS = 60


def idle_seconds():
    return settings.STAFF_SESSION_IDLE_MINUTES * 60


def max_seconds():
    return settings.STAFF_SESSION_MAX_HOURS * 3600


def start(session, now=None):
    now = time.time() if now is None else now
    session[SIGNED_IN_AT] = now
    session[LAST_SEEN_AT] = now
    session.set_expiry(idle_seconds())


@receiver(user_logged_in, dispatch_uid="staff_auth.sessions.start")
def start_on_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        start(request.session)


def expired(session, now=None):
    """Whether this signed-in session is past its idle time or its maximum age."""
    now = time.time() if now is None else now
    signed_in = session.get(SIGNED_IN_AT)
    last_seen = session.get(LAST_SEEN_AT)
    if signed_in is None or last_seen is None:
        return False  # signed in before this rule existed: `touch` starts the clock
    return now - last_seen > idle_seconds() or now - signed_in > max_seconds()


def touch(session, now=None):
    """Count this request as activity; writes the session at most once a minute."""
    now = time.time() if now is None else now
    if session.get(SIGNED_IN_AT) is None:
        start(session, now)
        return
    stale = now - session.get(LAST_SEEN_AT, 0) >= REFRESH_EVERY_SECONDS
    # Wagtail's login view sets its own expiry ("Remember me": 14 days) after
    # signing in; the first admin request brings it back to the idle time.
    if stale or session.get("_session_expiry") != idle_seconds():
        session[LAST_SEEN_AT] = now
        session.set_expiry(idle_seconds())
