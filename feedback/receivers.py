"""What feedback does when booking tells it something (booking.events); booking never imports us.

- an appointment marked attended gets its one-time feedback link;
- an appointment's personal data removed (retention or erasure) takes the
  comment of its rating and its unused link with it; the score stays, with
  the place, as the anonymous statistics the appointment itself keeps.
"""

from django.utils import timezone

from booking.choices import Status
from booking.events import appointment_status_changed, personal_data_removing
from feedback.invitations import invite
from feedback.models import FeedbackInvitation, Rating


def status_changed(sender, appointment, old, new, **kwargs):
    if new == Status.ATTENDED:
        invite(appointment)


def remove_personal_data(sender, appointments, **kwargs):
    Rating.objects.filter(appointment__in=appointments).exclude(comment="").update(
        comment="", comment_removed_at=timezone.now()
    )
    FeedbackInvitation.objects.filter(appointment__in=appointments).delete()


def connect():
    appointment_status_changed.connect(status_changed, dispatch_uid="feedback.invite")
    personal_data_removing.connect(remove_personal_data, dispatch_uid="feedback.retention")
