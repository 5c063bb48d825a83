"""The page a locked-out sign-in gets (django-axes's AXES_LOCKOUT_CALLABLE).

In the admin's look and the request's language, status 429, saying when to
try again and whom to ask.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone


def locked_out(request, original_response=None, credentials=None):
    # Each try during the pause starts the cool-off again (django-axes's
    # default), so "now + cool-off" is exactly when this address may try again.
    until = timezone.localtime(timezone.now() + settings.AXES_COOLOFF_TIME)
    return render(
        request,
        "staff_auth/locked_out.html",
        {"until": until},
        status=429,
    )
