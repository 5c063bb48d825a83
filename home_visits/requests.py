"""Home-visit requests: asking, scheduling, declining — the one place that does it.

The public form, the staff review screens, the demo loader and other doors
(a referral accepted into a home visit) all call these functions:

- `create(...)` stores a request (the team is the live one serving the
  citizen's community) and returns it; nothing is sent before it is stored;
- `free_slots(request)` lists the team's free visit times (staff capacity,
  never public);
- `schedule(request, slot_key, user)` books the visit through
  `booking.reservations.book` with the home-visit channel, so it obeys the
  booking invariant (a team's window never holds more visits than its
  capacity, under concurrent scheduling on PostgreSQL) and the citizen gets
  the usual confirmation and reminder;
- `decline(request, reason, user)` stores the reason and the text message
  to send, then (after commit) sends it to the citizen in their language
  (`home_visits.tasks`, through `booking.deliveries`).
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from booking import reservations
from booking.choices import Channel
from booking.references import new_reference
from booking.slots import free_slots as booking_free_slots
from home_visits import tasks
from home_visits.choices import RequestStatus
from home_visits.models import HomeVisitRequest
from services_catalog.models import Community, HomeVisitTeam

logger = logging.getLogger(__name__)

REFERENCE_ATTEMPTS = 5


class RequestError(Exception):
    """A request that cannot go on (no team serves the community, already decided)."""


class NoTeam(RequestError):
    pass


class AlreadyDecided(RequestError):
    pass


def team_for(community):
    """The live home-visit team serving `community` (the first by name), or None."""
    return HomeVisitTeam.objects.filter(live=True, communities=community).order_by("name").first()


def served_communities():
    """The municipal communities some live team serves (the form's choices)."""
    return Community.objects.filter(home_visit_teams__live=True).distinct()


def create(*, community, consent_at=None, team=None, **fields):
    """Store a new waiting request and return it.

    `fields` are the model's: name, phone (E.164), email, language, reason,
    address… `team` defaults to the team serving `community`; raises NoTeam
    when there is none.
    """
    team = team or team_for(community)
    if team is None:
        raise NoTeam()
    for attempt in range(REFERENCE_ATTEMPTS):
        try:
            with transaction.atomic():
                request = HomeVisitRequest.objects.create(
                    reference=new_reference(),
                    team=team,
                    community=community,
                    consent_at=consent_at or timezone.now(),
                    **fields,
                )
            break
        except IntegrityError:
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise
    logger.info("Home-visit request %s received (team %s)", request.pk, team.pk)
    return request


def free_slots(request, *, now=None):
    """The free visit times of the request's team, from now (staff may use any not started)."""
    team = request.team
    return booking_free_slots(
        team.service, places=[team.place_id], now=now, notice_minutes=0, private=True
    )


def schedule(request, slot_key, user, *, now=None):
    """Accept the request by booking a visit in `slot_key`; returns the appointment.

    Raises AlreadyDecided, or booking's SlotUnavailable (with the team's nearest
    free times), TooManyAppointments or NotBookable.
    """
    if request.status != RequestStatus.WAITING:
        raise AlreadyDecided()
    appointment, _token = reservations.book(
        service=request.team.service,
        slot_key=slot_key,
        details={
            "name": request.name,
            "phone": request.phone,
            "email": request.email,
            "language": request.language,
            "interpreter_needed": bool(request.interpreter_language),
            "interpreter_language": request.interpreter_language,
            "accessibility_needs": "",
            "note": "",
        },
        channel=Channel.HOME_VISIT,
        created_by=user,
        now=now,
    )
    decided = HomeVisitRequest.objects.filter(pk=request.pk, status=RequestStatus.WAITING).update(
        status=RequestStatus.SCHEDULED,
        appointment=appointment,
        decided_at=timezone.now(),
        decided_by=user,
    )
    if not decided:
        # Decided by someone else a moment ago: give the visit's place back.
        reservations.cancel(appointment, by_staff=user, notify=False)
        raise AlreadyDecided()
    request.refresh_from_db()
    return appointment


def decline(request, reason, user):
    """Decline with `reason` (stored first), then tell the citizen by text message."""
    with transaction.atomic():
        decided = HomeVisitRequest.objects.filter(
            pk=request.pk, status=RequestStatus.WAITING
        ).update(
            status=RequestStatus.DECLINED,
            decline_reason=reason,
            decided_at=timezone.now(),
            decided_by=user,
        )
        if not decided:
            raise AlreadyDecided()
        tasks.request_declined(request)
    request.refresh_from_db()
    return request
