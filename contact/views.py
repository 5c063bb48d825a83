"""The contact forms: /<lang>/contact/ (the general inbox) and /<lang>/contact/<place id>/.

Stored first: the message is saved, and its delivery to the place's inbox is
enqueued on commit (`contact.tasks`), so a mail server that is down loses
nothing. Bad answers, a form sent too fast, over the rate limit or while the
shared cache is down: the form again with every answer kept and a clear
message (429, 503), never a 500. Every answer is `no-store, private`, so the
page cache keeps none of it (the form carries a CSRF token).
"""

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from contact import tasks
from contact.forms import ContactForm
from contact.models import ContactMessage
from contact.places import GENERAL, find_inbox
from portal import spam
from portal.privacy import private


@private
@require_http_methods(["GET", "POST"])
def contact_form(request, place_id=""):
    inbox = find_inbox(place_id)
    if inbox is None:
        raise Http404
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_spam:
            return redirect("contact:done")
        if form.is_valid():
            try:
                limited = spam.rate_limited(request, "contact", settings.CONTACT_RATE_PER_IP)
            except spam.RateLimitUnavailable:
                form.add_error(None, spam.UNAVAILABLE_TEXT)
                return _page(request, form, inbox, status=503)
            if limited:
                form.add_error(None, spam.RATE_LIMITED_TEXT)
                return _page(request, form, inbox, status=429)
            save(form, inbox)
            return redirect("contact:done")
        return _page(request, form, inbox)
    return _page(request, ContactForm(initial={"language": request.LANGUAGE_CODE}), inbox)


def save(form, inbox):
    data = form.cleaned_data
    with transaction.atomic():
        message = ContactMessage.objects.create(
            name=data["name"],
            phone=data["phone"],
            email=data["email"],
            topic=data["topic"],
            message=data["message"],
            language=data["language"],
            **inbox.fields(),
        )
        transaction.on_commit(lambda: tasks.message_received(message.pk))
    return message


def _page(request, form, inbox, status=200):
    return render(
        request,
        "contact/form.html",
        {"form": form, "inbox": inbox, "general": inbox == GENERAL},
        status=status,
    )


@private
@require_http_methods(["GET"])
def done(request):
    return render(request, "contact/done.html")
