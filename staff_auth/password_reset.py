"""Wagtail's "Forgotten password?" with a limit on how much mail it sends.

Past STAFF_PASSWORD_RESET_RATE_PER_IP requests from one client address, or
STAFF_PASSWORD_RESET_RATE_PER_EMAIL for one e-mail address, the same "if the
address is known, we sent a message" page is shown and nothing is sent, so
the limit neither floods a mailbox nor tells which addresses exist. Counts live
in the shared cache (django-ratelimit), per client address as
portal.client_address works it out behind proxies.
"""

import logging

from django.conf import settings
from django.http import HttpResponseRedirect

from wagtail.admin.views.account import PasswordResetView

from django_ratelimit.core import is_ratelimited

from portal.client_address import ratelimit_key

logger = logging.getLogger(__name__)


def email_key(_group, request):
    return (request.POST.get("email") or "").strip().lower()


class ThrottledPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        request = self.request
        limits = [
            is_ratelimited(
                request,
                group="staff_auth.password_reset.ip",
                key=ratelimit_key,
                rate=settings.STAFF_PASSWORD_RESET_RATE_PER_IP,
                increment=True,
            ),
            is_ratelimited(
                request,
                group="staff_auth.password_reset.email",
                key=email_key,
                rate=settings.STAFF_PASSWORD_RESET_RATE_PER_EMAIL,
                increment=True,
            ),
        ]
        if any(limits):
            logger.warning("password reset limit reached; no mail sent")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
