"""What the centre can accept a referral into, and the two decisions: accept or return.

A small registry, so that each door into the centre adds its own way in
without this app knowing it: "into an appointment" is registered here
(referrals.into_appointment); "into a call-back" and "into a home visit"
are registered by those apps (callbacks.referral_outcome,
home_visits.referral_outcome: this app never imports them), with

    from referrals import outcomes
    outcomes.register(outcomes.Outcome(
        key="callback",
        label=_("Into a call-back"),
        start_url=lambda referral: reverse(...) + f"?handover=referral-{referral.pk}",
        describe=lambda target: _("Call-back %(ref)s") % {...},
        target_url=lambda user, target: ... or None,
        model="callbacks.callbackrequest",
        partner_text=_("The centre will call the citizen."),
    ))

Every outcome starts from the same prefill: booking's handover mechanism
(booking.handovers, `handover=referral-<id>`, whose `initial` holds the
referral's details). Once the object exists, the view that made it calls
the handover's `on_booked(obj, user)`, which calls
`outcomes.accept(referral, key_for(obj), obj, user)`.

`accept` and `give_back` change only a pending referral (a conditional
UPDATE: two staff deciding at once cannot both win) and audit the decision.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from referrals import audit
from referrals.choices import ReferralStatus
from referrals.models import Referral


@dataclass(frozen=True)
class Outcome:
    key: str  # stored on the referral: "appointment", "callback", "home_visit"
    label: str  # the staff's button: "Into an appointment"
    # Where staff carry it out, prefilled from the referral (None: not possible for it now).
    start_url: Callable
    # How the linked object reads for the staff ("Appointment KX47-MT9A") and for the partner.
    describe: Callable
    # The admin page of the linked object for this user, or None.
    target_url: Callable = lambda user, target: None
    # The linked object's model ("callbacks.callbackrequest"): which outcome an object is.
    model: str = ""
    # What the partner reads about it (never the object itself): "The centre will call…".
    partner_text: str = ""


OUTCOMES = {}


def register(outcome):
    OUTCOMES[outcome.key] = outcome


def key_for(target):
    """The key of the outcome whose objects are like `target` (None if none is)."""
    label = target._meta.label_lower
    return next((o.key for o in OUTCOMES.values() if o.model == label), None)


def available(referral):
    """(outcome, url) of every registered way in, for a pending referral."""
    if referral.status != ReferralStatus.PENDING:
        return []
    found = []
    for outcome in OUTCOMES.values():
        url = outcome.start_url(referral)
        if url:
            found.append((outcome, url))
    return found


def accept(referral, key, target, user):
    """Mark `referral` accepted into `target` (an object of outcome `key`, None: the one
    registered for its model); False if it was no longer pending."""
    key = key or key_for(target)
    if key not in OUTCOMES:
        raise KeyError(key)
    now = timezone.now()
    with transaction.atomic():
        changed = Referral.objects.filter(pk=referral.pk, status=ReferralStatus.PENDING).update(
            status=ReferralStatus.ACCEPTED,
            decided_at=now,
            decided_by=user,
            outcome=key,
            outcome_type=ContentType.objects.get_for_model(target),
            outcome_id=target.pk,
        )
        if changed:
            audit.record(audit.ACCEPT, user, referral, outcome=key)
    referral.refresh_from_db()
    return bool(changed)


def give_back(referral, reason, user):
    """Return a pending referral to the partner with `reason`; False if no longer pending."""
    with transaction.atomic():
        changed = Referral.objects.filter(pk=referral.pk, status=ReferralStatus.PENDING).update(
            status=ReferralStatus.RETURNED,
            decided_at=timezone.now(),
            decided_by=user,
            return_reason=reason,
        )
        if changed:
            audit.record(audit.RETURN, user, referral)
    referral.refresh_from_db()
    return bool(changed)


def outcome_text(referral):
    """What the referral became, for the staff ("Appointment KX47-MT9A"), or ""."""
    outcome = OUTCOMES.get(referral.outcome)
    if outcome is None or referral.status != ReferralStatus.ACCEPTED:
        return ""
    target = referral.outcome_object
    return outcome.describe(target) if target is not None else str(outcome.label)
