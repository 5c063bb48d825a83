"""Another door hands a citizen over to "Book for a citizen".

A referral accepted into an appointment, or a call-back request booked from
the queue, opens the staff booking flow with the service, the place and the
citizen's details already filled in, and learns which appointment was made.
The same handover fills in other staff forms too: a referral accepted into a
call-back (callbacks.staff) or a home visit (home_visits.admin_views) —
`initial` is a superset each form takes its fields from, and `on_booked` is
called with whatever object the form made. One prefill mechanism for every
door. Booking never imports those apps: each
registers a finder under a prefix, and the flow carries only an opaque
`handover=<prefix>-<id>` through its steps — never a name or a phone number
in an address, where logs would keep it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

MAX_LENGTH = 40


@dataclass(frozen=True)
class Handover:
    key: str  # "referral-12": what the flow carries from step to step
    label: str  # shown above the steps: where this booking comes from
    initial: dict = field(default_factory=dict)  # the details form's starting values
    # Called with (the object made — an appointment, a call-back…, user) once it is saved;
    # returns a message for the staff member.
    on_booked: Callable = lambda made, user: ""


FINDERS = {}


def register(prefix, finder):
    """`finder(user, ident)` returns a `Handover` the user may act on, or None."""
    FINDERS[prefix] = finder


def find(user, value):
    """The handover `value` ("referral-12") names, if this user may act on it; else None."""
    if not value or len(value) > MAX_LENGTH:
        return None
    prefix, _sep, ident = value.partition("-")
    finder = FINDERS.get(prefix)
    if finder is None or not ident:
        return None
    return finder(user, ident)
