"""Signing up for an activity without an account, and the private link to leave it.

Stored first, told after (`activities.seats`, `activities.tasks`). A bad
answer shows the form again with every answer kept and a translated message
per field; a full activity shows the form again, answers kept, with the
offer to join the waiting list (409); too fast, over the rate limit or
with the shared cache down: the form again with a clear message (429, 503).
Never a 500, never lost. Every answer is `no-store`.

The private link (`…/activities/manage/<token>/`) works like booking's
manage link: it checks the token by its hash, puts a grant for that sign-up
in the session and redirects to a token-free address, so the token is in
one request only.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from activities import messages, seats, sessions
from activities.choices import SignUpStatus
from activities.forms import SignUpForm
from activities.models import ActivityPage, SignUp
from booking.phones import takes_text_messages
from booking.references import hash_token
from portal import spam
from portal.privacy import private, secret

GRANTS = "activities_grants"
LAST = "activities_last"
MAX_GRANTS = 5


def _activity(activity_id):
    activity = (
        ActivityPage.objects.live().public().filter(pk=activity_id).select_related("branch").first()
    )
    if activity is None:
        raise Http404
    return activity


@private
@require_http_methods(["GET", "POST"])
def sign_up(request, activity_id):
    """One screen: who, how to reach them, how many, needs, agreement."""
    activity = _activity(activity_id)
    if not activity.needs_sign_up:
        return redirect(activity.url)
    if request.method == "POST":
        form = SignUpForm(request.POST)
        if form.is_spam:
            return redirect(activity.url)
        if not form.is_valid():
            return _form_page(request, activity, form)
        try:
            limited = spam.rate_limited(request, "activities", settings.ACTIVITIES_RATE_PER_IP)
        except spam.RateLimitUnavailable:
            form.add_error(None, spam.UNAVAILABLE_TEXT)
            return _form_page(request, activity, form, status=503)
        if limited:
            form.add_error(None, spam.RATE_LIMITED_TEXT)
            return _form_page(request, activity, form, status=429)
        waiting = request.POST.get("waiting_list") == "yes"
        try:
            entry, token = seats.sign_up(
                activity=activity,
                details=form.details(),
                party_size=form.cleaned_data["party_size"],
                session_key=form.cleaned_data["session"] or None,
                waiting_list=waiting,
            )
        except seats.Full as error:
            form.add_error(None, error.message)
            return _form_page(request, activity, form, status=409, full=True)
        except seats.SignUpError as error:
            form.add_error(None, error.message)
            return _form_page(request, activity, form, status=409)
        _grant(request, entry)
        request.session[LAST] = {"reference": entry.reference, "token": token or ""}
        return redirect("activities:signed-up", reference=entry.reference)
    form = SignUpForm(
        initial={"language": request.LANGUAGE_CODE, "session": request.GET.get("session", "")}
    )
    return _form_page(request, activity, form)


def _form_page(request, activity, form, status=200, full=False):
    key = form["session"].value() or None
    chosen = seats.targets(activity, key)
    return render(
        request,
        "activities/sign_up.html",
        {
            "activity": activity,
            "page": activity,
            "form": form,
            "chosen": chosen,
            "places_left": sessions.series_left(chosen),
            "full": full,
        },
        status=status,
    )


def _grant(request, entry):
    grants = [ref for ref in request.session.get(GRANTS, []) if ref != entry.reference]
    request.session[GRANTS] = [*grants, entry.reference][-MAX_GRANTS:]
    request.session.set_expiry(settings.BOOKING_SESSION_HOURS * 3600)


@secret
@require_http_methods(["GET"])
def manage(request, token):
    """The link from the message: grant the sign-up to this browser, drop the token."""
    entry = SignUp.objects.filter(
        manage_token_hash=hash_token(token), anonymised_at__isnull=True
    ).first()
    if entry is None:
        raise Http404
    _grant(request, entry)
    return redirect("activities:signed-up", reference=entry.reference)


@private
@require_http_methods(["GET", "POST"])
def signed_up(request, reference):
    """The sign-up: what, when, status; leave it with one POST. Only with a grant."""
    if reference not in request.session.get(GRANTS, []):
        raise Http404
    entry = get_object_or_404(
        SignUp.objects.select_related("activity"), reference=reference, anonymised_at__isnull=True
    )
    if request.method == "POST":
        seats.cancel(entry)
        return redirect("activities:signed-up", reference=entry.reference)
    last = request.session.pop(LAST, None)
    token = last["token"] if last and last.get("reference") == reference else ""
    return render(
        request,
        "activities/signed_up.html",
        {
            "entry": entry,
            "activity": entry.activity,
            "held": entry.seats.select_related("session").order_by("session__start"),
            "just_now": bool(last),
            "link": messages.manage_url(entry, token),
            "no_sms": not takes_text_messages(entry.phone),
            "is_waiting": entry.status == SignUpStatus.WAITING,
            "is_cancelled": entry.status == SignUpStatus.CANCELLED,
        },
    )
