"""Background tasks of the waiting list (django-tasks), and its messages.

`schedule_offering` is what the booking signals call when capacity may have
freed up (an appointment cancelled or moved, a schedule, extra date or
capacity changed): after the commit it enqueues `offer_freed_places`, which
runs `booking.waitlist.offer_freed` for every (service, place) with someone
waiting and enqueues one `send_offer` per offer made. Every offer is stored
before its message is sent. When the task backend can defer tasks, a run is
also enqueued for the moment the first offer a run made expires, so an
unanswered offer passes on to the next people without waiting for the
hourly housekeeping (which runs the same sweep, `sweep`).

Messages go in the person's language: a text message (not to a landline)
and an e-mail when an address was given. A failed channel is logged, not
retried: an offer lives two hours. An offer that reached nobody is marked
undelivered and its seat offered to the next person at once.
"""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from django_tasks import default_task_backend, task

from booking import waitlist
from booking.choices import OfferStatus
from booking.models import WaitlistEntry, WaitlistOffer
from booking.notifications import organisation_name
from booking.phones import takes_text_messages
from booking.retention import anonymise_waitlist_due
from booking.sms import get_backend
from services_catalog.models import ServicePage
from services_catalog.places import load_place

logger = logging.getLogger(__name__)


def schedule_offering(service_id=None, using=DEFAULT_DB_ALIAS):
    """After the commit, look for freed times for the people waiting.

    For all services at most once per transaction (an editor's publish saves
    many rows); otherwise for the service whose appointment was cancelled or moved.
    """
    connection = connections[using]
    if connection.in_atomic_block and any(
        entry[1] is _offer_everywhere for entry in connection.run_on_commit
    ):
        return
    callback = _offer_everywhere if service_id is None else partial(_enqueue_offering, service_id)
    transaction.on_commit(callback, using=using)


def _offer_everywhere():
    _enqueue_offering(None)


def _enqueue_offering(service_id):
    try:
        with transaction.atomic():
            anyone = WaitlistEntry.objects.waiting().exists()
    except DatabaseError:  # a migration before the waiting list's table exists
        return
    if anyone:
        offer_freed_places.enqueue(service_id)


@task()
def offer_freed_places(service_id=None):
    """Offer freed times to the people waiting (for one service, or all). How many offers."""
    return sweep(service_id=service_id)


def sweep(service_id=None, now=None):
    """Close stale entries, then offer what is free to every (service, place) waiting."""
    now = now or timezone.now()
    waitlist.close_stale(now)
    made = []
    for pair_service_id, place_id in waitlist.waiting_pairs():
        if service_id is not None and pair_service_id != service_id:
            continue
        service = ServicePage.objects.filter(pk=pair_service_id).first()
        if service is None:
            continue
        for offer, token in waitlist.offer_freed(service, place_id, now=now):
            transaction.on_commit(
                lambda offer_id=offer.pk, token=token: send_offer.enqueue(offer_id, token)
            )
            made.append(offer)
    if made:
        _run_at_expiry(made)
    return len(made)


def _run_at_expiry(offers):
    """A run when the first of these new offers expires: its seat then passes on.

    One deferred task per run that made offers (the run at that moment makes
    the next offers, and plans the next run): never a pile of duplicates.
    """
    if not default_task_backend.supports_defer:
        return
    first = min(offers, key=lambda offer: offer.expires_at)
    offer_freed_places.using(run_after=first.expires_at).enqueue(first.entry.service_id)


def housekeeping():
    """The hourly housekeeping (booking.tasks, through HOUSEKEEPING_HOOKS): the sweep,
    whatever else happened, and the retention of closed entries' personal data."""
    return {"waitlist_offers": sweep(), "waitlist_anonymised": anonymise_waitlist_due()}


# --- Messages -------------------------------------------------------------------------


def public_url(name, token, language):
    with translation.override(language):
        path = reverse(name, kwargs={"token": token})
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


@task()
def send_offer(offer_id, token):
    """Tell the person about the freed time, with the link to book it."""
    offer = WaitlistOffer.objects.select_related("entry__service").filter(pk=offer_id).first()
    if offer is None or offer.status != OfferStatus.OPEN or offer.expires_at <= timezone.now():
        return []
    entry = offer.entry
    context = {
        "entry": entry,
        "offer": offer,
        "url": public_url("booking:waitlist-offer", token, entry.language),
    }
    used = _deliver(entry, "offer", context, subject=_("A time is free for you"))
    WaitlistOffer.objects.filter(pk=offer.pk).update(sent_by=",".join(used))
    if not used:
        WaitlistOffer.objects.filter(pk=offer.pk, status=OfferStatus.OPEN).update(
            status=OfferStatus.UNDELIVERED
        )
        schedule_offering(entry.service_id)  # the seat goes to the next person now
    return used


@task()
def send_joined(entry_id, token):
    """Confirm a place on the list, with the private link to leave it."""
    entry = WaitlistEntry.objects.select_related("service").filter(pk=entry_id).first()
    if entry is None or entry.anonymised_at is not None:
        return []
    context = {
        "entry": entry,
        "url": public_url("booking:waitlist-leave", token, entry.language),
    }
    return _deliver(entry, "joined", context, subject=_("You are on the waiting list"))


def _deliver(entry, kind, context, *, subject):
    """Text message (unless a landline) and e-mail (when given); the channels that went out."""
    used = []
    with translation.override(entry.language):
        place = load_place(entry.place_id)
        context = {
            **context,
            "service": entry.service,
            "place": place,
            "organisation": organisation_name(),
        }
        text = render_to_string(f"booking/waitlist/{kind}.txt", context).strip()
        if takes_text_messages(entry.phone):
            try:
                if get_backend().send(entry.phone, text):
                    used.append("sms")
            except Exception as error:  # one channel's failure never stops the other
                _failed(entry, kind, "sms", error)
        if entry.email:
            try:
                EmailMessage(str(subject), text, to=[entry.email]).send()
                used.append("email")
            except Exception as error:
                _failed(entry, kind, "e-mail", error)
    logger.info("Waiting list %s: %s sent by %s", entry.pk, kind, ", ".join(used) or "nothing")
    return used


def _failed(entry, kind, channel, error):
    # The class name only: an error's text can carry the person's number or address.
    logger.warning(
        "Waiting list %s: %s by %s failed (%s)", entry.pk, kind, channel, type(error).__name__
    )
