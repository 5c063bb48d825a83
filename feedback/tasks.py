"""Sending the feedback link (django-tasks, as booking's notifications).

The invitation is stored before this runs (feedback.invitations.invite);
the task sends it by text message through booking's SMS backend (not to a
landline) and by e-mail when the citizen gave an address, in the language
the citizen chose. Each channel is marked sent on the invitation, so a
retried task does not send twice.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

from booking.notifications import organisation_name
from booking.phones import takes_text_messages
from booking.sms import get_backend
from feedback.models import FeedbackInvitation

logger = logging.getLogger(__name__)


def feedback_url(language, token):
    with translation.override(language):
        path = reverse("feedback:give", kwargs={"token": token})
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


@task()
def send_invitation(invitation_id, token):
    invitation = (
        FeedbackInvitation.objects.select_related("appointment__service")
        .filter(pk=invitation_id, used_at__isnull=True)
        .first()
    )
    if invitation is None or invitation.appointment.anonymised_at is not None:
        return []
    appointment = invitation.appointment
    sent = []
    with translation.override(appointment.language):
        context = {
            "appointment": appointment,
            "place": appointment.place,
            "url": feedback_url(appointment.language, token),
            "organisation": organisation_name(),
        }
        if invitation.sms_sent_at is None and takes_text_messages(appointment.phone):
            text = render_to_string("feedback/sms.txt", context).strip()
            if get_backend().send(appointment.phone, text):
                invitation.sms_sent_at = timezone.now()
                sent.append("sms")
        if invitation.email_sent_at is None and appointment.email:
            subject = render_to_string("feedback/email_subject.txt", context).strip()
            body = render_to_string("feedback/email.txt", context)
            try:
                EmailMessage(subject, body, to=[appointment.email]).send()
            except OSError:
                logger.warning("Feedback e-mail for appointment %s not sent", appointment.pk)
            else:
                invitation.email_sent_at = timezone.now()
                sent.append("email")
    invitation.save(update_fields=["sms_sent_at", "email_sent_at"])
    logger.info("Feedback link for appointment %s sent by %s", appointment.pk, sent or "nothing")
    return sent
