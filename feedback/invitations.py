"""The one-time feedback link: made when staff mark an appointment attended, used once.

- `invite(appointment)` stores the invitation (only the token's hash) and
  enqueues its sending after the commit: stored first, then sent.
- `open_invitation(token)` finds a link that can still be used.
- `submit(token, score, comment)` turns it into a `Rating`: the link is
  claimed by a conditional UPDATE (`used_at IS NULL`), so of two submissions
  racing (a double click, two tabs, two workers) exactly one wins; the
  unique appointment on `Rating` refuses a second one whatever the code does.

A refusal is a `FeedbackError` with a stable `code` and a `message` for the
citizen in the active language.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from booking.choices import Status
from booking.references import hash_token, new_token
from feedback import summaries
from feedback.models import FeedbackInvitation, Rating
from feedback.tasks import send_invitation
from services_catalog.places import appointment_place_fields, kind_of


class FeedbackError(Exception):
    code = ""
    text = ""

    @property
    def message(self):
        return str(self.text)


class LinkNotValid(FeedbackError):
    code = "link_not_valid"
    text = _(
        "This feedback link is not valid or has expired. Thank you all the same: "
        "you can always tell us what you think by phone or at the centre."
    )


class AlreadyGiven(FeedbackError):
    code = "already_given"
    text = _("Thank you: feedback for this appointment has already been given.")


def link_expired(invitation, now=None):
    now = now or timezone.now()
    limit = invitation.created_at + datetime.timedelta(days=settings.FEEDBACK_LINK_DAYS)
    return now > limit or invitation.appointment.anonymised_at is not None


def invite(appointment):
    """Store a feedback link for an attended appointment and send it after the commit.

    Returns the token (only this moment knows it), or "" when the
    appointment was not attended, has no contact left or was invited already.
    """
    if appointment.status != Status.ATTENDED or appointment.anonymised_at is not None:
        return ""
    if not (appointment.phone or appointment.email):
        return ""
    if not kind_of(appointment.place).public:
        # A visit at home: its rating would be shown for no public place.
        return ""
    token, token_hash = new_token()
    try:
        with transaction.atomic():
            invitation = FeedbackInvitation.objects.create(
                appointment=appointment, token_hash=token_hash
            )
    except IntegrityError:  # invited before (attended, corrected, attended again)
        return ""
    transaction.on_commit(lambda: send_invitation.enqueue(invitation.pk, token))
    return token


def open_invitation(token):
    """The unused, unexpired invitation of `token` with its appointment; raises FeedbackError."""
    invitation = (
        FeedbackInvitation.objects.select_related("appointment__service")
        .filter(token_hash=hash_token(token))
        .first()
        if token and len(token) <= 100
        else None
    )
    if invitation is None or link_expired(invitation):
        raise LinkNotValid
    if invitation.used_at is not None:
        raise AlreadyGiven
    return invitation


def submit(token, score, comment=""):
    """Record the rating the link asks for; returns the Rating or raises FeedbackError."""
    invitation = open_invitation(token)
    appointment = invitation.appointment
    now = timezone.now()
    try:
        with transaction.atomic():
            claimed = FeedbackInvitation.objects.filter(
                pk=invitation.pk, used_at__isnull=True
            ).update(used_at=now)
            if not claimed:
                raise AlreadyGiven
            rating = Rating.objects.create(
                appointment=appointment,
                score=score,
                comment=comment.strip(),
                **appointment_place_fields(appointment.place),
            )
    except IntegrityError as error:  # a rating made another way for the same appointment
        raise AlreadyGiven from error
    summaries.forget(rating)
    transaction.on_commit(lambda: summaries.forget(rating))
    return rating
