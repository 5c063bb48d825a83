"""Appointments of the regional-scale data set (`manage.py load_regional_data`).

200,000 past and future appointments over the places of the regional
network (`services_catalog.demo.regional`), each one a booking `book`
could have made: at a place that offers its service, at one of that
service's slot starts there (the window's start plus whole appointment
lengths), with no grid cell holding more than its window's capacity.

Each occurrence of a window is cut into `capacity` lanes; every lane
serves one service, chosen per lane, in back-to-back appointments. A lane
never overlaps itself, so any choice of lane positions respects capacity.
The positions wanted are drawn from all of them with a seeded random
generator: past ones attended, missed or cancelled (anonymised once past
the retention period, as the retention job would have left them), future
ones booked or cancelled. `booking.bulk.bulk_book` writes them with their
ledger rows.
"""

import datetime
import random
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from booking.bulk import bulk_book
from booking.choices import Channel, Status
from booking.models import Appointment
from booking.references import ALPHABET, LENGTH
from booking.retention import PERSONAL_FIELDS
from services_catalog import schedules
from services_catalog.models import Offering, ServicePage, Stop
from services_catalog.places import appointment_place_fields, format_place_id

APPOINTMENTS = 200_000
PAST_DAYS = 180
FUTURE_SHARE = 0.35  # of all appointments, still to come
MAX_FUTURE_FILL = 0.7  # leave free slots for people (and the booking benchmark)

NAMES = {
    "el": [
        "Ελένη Παπαδάκη",
        "Γιώργος Νικολάου",
        "Μαρία Οικονόμου",
        "Δημήτρης Ιωάννου",
        "Κατερίνα Γεωργίου",
        "Νίκος Αθανασίου",
        "Σοφία Χριστοδούλου",
        "Γιάννης Μιχαηλίδης",
    ],
    "en": ["Amina Yusuf", "Grace Okafor", "Samuel Mensah", "Mary Johnson"],
    "ar": ["أحمد الخطيب", "فاطمة حسن", "محمد العلي", "مريم يوسف", "عمر خليل", "ليلى سعيد"],
    "fa": ["زهرا محمدی", "علی رضایی", "مریم احمدی", "حسین کریمی", "فاطمه حسینی", "رضا موسوی"],
}
LANGUAGE_WEIGHTS = {"el": 60, "en": 8, "ar": 16, "fa": 16}
# Citizens who write in Arabic or Farsi, half of whom ask for an interpreter of their language
# (stored as its code, booking.interpreter_languages).
INTERPRETERS = {"ar": "ar", "fa": "fa"}
CHANNEL_WEIGHTS = {Channel.WEB: 55, Channel.PHONE: 25, Channel.IN_PERSON: 10, Channel.API: 10}


@dataclass(frozen=True, slots=True)
class Position:
    """A place an appointment can take: one lane's slot in one occurrence."""

    service_id: int
    place: object
    window_key: str
    start: datetime.datetime
    end: datetime.datetime


def load_regional(stdout, network, *, scale=1.0, seed=0, now=None):
    """Write the appointments over `network` (a RegionalNetwork); returns how many."""
    rng = random.Random(f"regional-appointments-{seed}")
    now = now or timezone.now()
    wanted = max(1, round(APPOINTMENTS * scale))
    today = timezone.localdate(now)
    first = today - datetime.timedelta(days=PAST_DAYS)
    last = today + datetime.timedelta(days=settings.BOOKING_HORIZON_DAYS)
    past, future, capacities = _positions(network, first, last, now, rng)
    in_future = min(round(wanted * FUTURE_SHARE), int(len(future) * MAX_FUTURE_FILL))
    in_past = min(wanted - in_future, len(past))
    chosen = [(p, False) for p in rng.sample(past, in_past)]
    chosen += [(p, True) for p in rng.sample(future, in_future)]
    chosen.sort(key=lambda item: (item[0].start, item[0].window_key))
    references = set(Appointment.objects.values_list("reference", flat=True))
    made = bulk_book(
        (
            _appointment(p, upcoming, index, rng, now, references)
            for index, (p, upcoming) in enumerate(chosen)
        ),
        capacities,
    )
    stdout.write(
        f"Regional appointments: {made} ({in_past} past, {in_future} to come) "
        f"over {len(past) + len(future)} possible"
    )
    if made < wanted:
        stdout.write(f"(the network has room for {made} of the {wanted} asked for)")
    return made


def _positions(network, first, last, now, rng):
    """(past positions, future positions, {window key: capacity}) over [first, last]."""
    services = {s.pk: s for s in ServicePage.objects.live().filter(bookable=True)}
    offered = {}  # place id -> [(service id, minutes)]
    unit_of_stop = dict(
        Stop.objects.filter(pk__in=network.stop_ids).values_list("pk", "mobile_unit")
    )
    by_unit = {}
    for service_id, branch, unit, minutes in Offering.objects.filter(
        Q(branch__in=network.branch_ids) | Q(mobile_unit__in=network.unit_ids),
        service__in=list(services),
    ).values_list("service", "branch", "mobile_unit", "minutes"):
        length = minutes or services[service_id].appointment_minutes
        if branch:
            offered.setdefault(format_place_id("branch", branch), []).append((service_id, length))
        else:
            by_unit.setdefault(unit, []).append((service_id, length))
    for stop, unit in unit_of_stop.items():
        if unit in by_unit:
            offered[format_place_id("stop", stop)] = by_unit[unit]
    past, future, capacities = [], [], {}
    for occurrence in schedules.occurrences(
        first, last, branches=network.branch_ids, stops=network.stop_ids
    ):
        choices = offered.get(occurrence.place.place_id)
        if not choices:
            continue
        window_key = occurrence.window.uid_key
        capacities[window_key] = occurrence.window.capacity
        for _lane in range(occurrence.window.capacity):
            service_id, minutes = rng.choice(choices)
            length = datetime.timedelta(minutes=minutes)
            start = occurrence.start
            while start + length <= occurrence.end:
                position = Position(service_id, occurrence.place, window_key, start, start + length)
                if start + length <= now:
                    past.append(position)
                elif start >= now:
                    future.append(position)
                start += length
    return past, future, capacities


def _weighted(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _reference(rng, taken):
    while True:
        reference = "".join(rng.choices(ALPHABET, k=LENGTH))
        if reference not in taken:
            taken.add(reference)
            return reference


def _appointment(position, upcoming, index, rng, now, references):
    language = _weighted(rng, LANGUAGE_WEIGHTS)
    interpreter = language in INTERPRETERS and rng.random() < 0.5
    consent_at = min(now, position.start - datetime.timedelta(hours=rng.randint(3, 24 * 30)))
    roll = rng.random()
    if upcoming:
        status = Status.CANCELLED if roll < 0.08 else Status.BOOKED
    else:
        status = (
            Status.CANCELLED if roll < 0.08 else Status.NO_SHOW if roll < 0.2 else Status.ATTENDED
        )
    appointment = Appointment(
        reference=_reference(rng, references),
        manage_token_hash=f"{rng.getrandbits(256):064x}",  # no one holds its token
        service_id=position.service_id,
        **appointment_place_fields(position.place),
        window_key=position.window_key,
        start=position.start,
        end=position.end,
        status=status,
        channel=_weighted(rng, CHANNEL_WEIGHTS),
        name=rng.choice(NAMES[language]),
        phone=f"+3069{index + 20_000_000:08d}",
        language=language,
        interpreter_needed=interpreter,
        interpreter_language=INTERPRETERS[language] if interpreter else "",
        consent_at=consent_at,
        created_at=consent_at,  # made when the citizen accepted the notice
        updated_at=consent_at,
    )
    if status == Status.CANCELLED:
        appointment.cancelled_at = consent_at + (min(now, position.start) - consent_at) / 2
        appointment.updated_at = appointment.cancelled_at
    if not upcoming:
        appointment.reminder_sent_at = position.start - datetime.timedelta(days=1)
        # In UTC, as the retention job counts: local wall-clock days across a
        # change of summer time would be an hour off.
        ended = position.end.astimezone(datetime.UTC)
        anonymised = ended + datetime.timedelta(days=settings.BOOKING_RETENTION_DAYS)
        if anonymised < now:
            appointment.anonymised_at = anonymised
            for name, value in PERSONAL_FIELDS.items():
                setattr(appointment, name, value)
    return appointment
