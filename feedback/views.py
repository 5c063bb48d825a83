"""The citizen's feedback page: `/<lang>/feedback/<token>/` (GET the question, POST the answer).

No session is needed: the token in the address is the one-time link
itself. Answers are never cached (`no-store`), the address is never sent on
(`no-referrer`) and the token is masked in logs (portal.log_masking). A
POST is counted per client address (FEEDBACK_RATE_PER_IP); the link itself
is single-use (feedback.invitations.submit). Every refusal is a page with a
translated message, never a 500.
"""

import logging

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from django_ratelimit.core import is_ratelimited

from feedback import invitations
from feedback.forms import RatingForm
from portal.cache import CacheUnavailable
from portal.client_address import ratelimit_key
from portal.privacy import private_response

logger = logging.getLogger(__name__)


def _rate_limited(request):
    try:
        return is_ratelimited(
            request,
            group="feedback-ip",
            key=ratelimit_key,
            rate=settings.FEEDBACK_RATE_PER_IP,
            increment=True,
        )
    except CacheUnavailable:
        # The link is single-use and unguessable (192 random bits): while the
        # shared cache cannot count, a rating is still taken rather than lost.
        return False


def _page(request, template, context, status=200):
    response = private_response(render(request, template, context, status=status))
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def give(request, token):
    try:
        invitation = invitations.open_invitation(token)
    except invitations.FeedbackError as error:
        status = 404 if error.code == invitations.LinkNotValid.code else 200
        return _page(request, "feedback/closed.html", {"error": error}, status=status)
    appointment = invitation.appointment
    context = {"appointment": appointment, "place": appointment.place}
    if request.method != "POST":
        return _page(request, "feedback/give.html", {**context, "form": RatingForm()})
    if _rate_limited(request):
        return _page(request, "feedback/limited.html", context, status=429)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return _page(request, "feedback/give.html", {**context, "form": form}, status=400)
    try:
        rating = invitations.submit(token, form.cleaned_data["score"], form.cleaned_data["comment"])
    except invitations.FeedbackError as error:
        return _page(request, "feedback/closed.html", {"error": error})
    logger.info("Rating %s given for appointment %s", rating.pk, appointment.pk)
    return _page(request, "feedback/thanks.html", {**context, "rating": rating})
