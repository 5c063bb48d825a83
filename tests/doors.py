"""What the tests of the doors into the centre share (call-backs, contact forms).

`as_a_person` fills the spam guard's time trap (portal.spam) as a person's
browser would: the form was shown `seconds` ago. `FailingEmailBackend` is a
mail server that is down.
"""

import datetime

from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from portal.spam import started_token

FRONT_DESK = "Front desk"


def as_a_person(answers, seconds=30):
    """The answers with the signed moment the form was shown, `seconds` ago."""
    shown = timezone.now() - datetime.timedelta(seconds=seconds)
    return {**answers, "form_started": started_token(shown)}


class FailingEmailBackend(BaseEmailBackend):
    """Every message fails, as with a mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


FAILING_MAIL = "tests.doors.FailingEmailBackend"
