"""Every admin request of a signed-in staff member passes here.

1. A session past its idle time or maximum age is signed out (back to the
   login page, with a note why).
2. Someone who must give a second factor (staff_auth.policy) and has not in
   this session is sent to enter a code, or to set up an authenticator app if
   they have none yet, before any admin page: appointments, exports and citizen
   data included. The second-factor pages, logout, login, password reset and the
   admin's JavaScript catalogue stay open.
Every admin request but an open editor's background ping counts as activity
(staff_auth.sessions.touch), the second-factor pages included.

Public pages are not touched.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from staff_auth import devices, sessions
from staff_auth.policy import needs_second_factor

GUARDED = ("/admin/", "/documents/")
# Background pings of an open editor are not a person at the keyboard.
NOT_ACTIVITY = ("/admin/editing-sessions/",)


def _open_paths():
    return (
        reverse("staff_auth_verify"),
        reverse("staff_auth_enrol"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_password_reset"),
        reverse("wagtailadmin_javascript_catalog"),
        reverse("wagtailadmin_sprite"),
    )


def with_next(url, request):
    return f"{url}?{urlencode({'next': request.get_full_path()})}"


class StaffSignInMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._open = None

    def __call__(self, request):
        path = request.path_info
        if path.startswith(GUARDED) and request.user.is_authenticated:
            response = self.check(request, path)
            if response is not None:
                return response
        return self.get_response(request)

    def check(self, request, path):
        if sessions.expired(request.session):
            logout(request)
            messages.info(
                request, _("You were signed out because the session was idle or too old.")
            )
            return redirect(with_next(reverse("wagtailadmin_login"), request))
        if not path.startswith(NOT_ACTIVITY):
            sessions.touch(request.session)
        if self._open is None:
            self._open = _open_paths()
        user = request.user
        if not path.startswith(self._open) and needs_second_factor(user) and not user.is_verified():
            if devices.has_confirmed_device(user):
                return redirect(with_next(reverse("staff_auth_verify"), request))
            return redirect(with_next(reverse("staff_auth_enrol"), request))
        return None
