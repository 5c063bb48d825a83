"""Demo content of the booking module (`manage.py load_demo`).

A front-desk user to try the staff tools, a handful of appointments so
the Appointments menu is not empty, and a few people on the waiting list of
a van stop whose visits are all booked. Idempotent: the appointments are
made once (recognised by their note), the user is never changed once it
exists, the waiting list is filled once.
"""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from booking import waitlist
from booking.choices import Channel
from booking.models import Appointment, StaffAccess, WaitlistEntry
from booking.reservations import BookingError, book
from booking.slots import free_slots
from services_catalog.models import ServicePage

FRONT_DESK_USERNAME = "frontdesk"
FRONT_DESK_PASSWORD = os.environ.get("DEMO_ADMIN_PASSWORD", "kentro-demo-2026")
DEMO_NOTE = "[demo]"

CITIZENS = [
    {"name": "Ελένη Παπαδάκη", "phone": "+306912345601", "language": "el"},
    {"name": "أحمد الخطيب", "phone": "+306912345602", "language": "ar", "interpreter": "ar"},
    {"name": "زهرا محمدی", "phone": "+306912345603", "language": "fa", "interpreter": "fa"},
    {"name": "Γιώργος Χαλιλόπουλος", "phone": "+306912345604", "language": "el"},
    {"name": "Amina Yusuf", "phone": "+447911123456", "language": "en"},
]


def load(stdout):
    user = ensure_front_desk_user()
    made = ensure_appointments()
    waiting = ensure_waitlist()
    stdout.write(
        f"Booking: {made} demo appointments, {waiting} on a waiting list; "
        f"front desk login: {user.username}"
    )


def ensure_front_desk_user():
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=FRONT_DESK_USERNAME,
        defaults={"is_staff": True, "first_name": "Front", "last_name": "Desk"},
    )
    if created:
        user.set_password(FRONT_DESK_PASSWORD)
        user.save()
        group = Group.objects.filter(name="Front desk").first()
        if group is not None:
            user.groups.add(group)
        # No access row would mean no place: the demo desk works everywhere, explicitly.
        StaffAccess.objects.create(user=user, all_places=True)
    return user


def ensure_appointments(now=None):
    """Book a few upcoming appointments the first time only."""
    existing = Appointment.objects.filter(note=DEMO_NOTE).count()
    if existing:
        return existing
    now = now or timezone.now()
    services = list(ServicePage.objects.live().filter(bookable=True).order_by("path"))
    made = 0
    for index, citizen in enumerate(CITIZENS):
        if not services:
            break
        service = services[index % len(services)]
        slots = free_slots(service, now=now)
        if not slots:
            continue
        slot = slots[min(len(slots) - 1, index * 23)]  # spread over several days
        details = {
            "name": citizen["name"],
            "phone": citizen["phone"],
            "email": "",
            "language": citizen["language"],
            "interpreter_needed": "interpreter" in citizen,
            "interpreter_language": citizen.get("interpreter", ""),
            "accessibility_needs": "",
            "note": DEMO_NOTE,
        }
        try:
            book(
                service=service, slot_key=slot.key, details=details, channel=Channel.PHONE, now=now
            )
        except BookingError:
            continue
        made += 1
    return made


WAITING_CITIZENS = [
    {"name": "Μαρία Κωνσταντίνου", "phone": "+306912345611", "language": "el"},
    {"name": "فاطمة حسن", "phone": "+306912345612", "language": "ar"},
    {"name": "مریم احمدی", "phone": "+306912345613", "language": "fa"},
    {"name": "John Okafor", "phone": "+447911123457", "language": "en"},
]
# A van stop is filled only if it has at most this many free seats in the horizon:
# the demo stays quick, and the staff list shows a real "full" stop.
MOST_SEATS_TO_FILL = 60


def ensure_waitlist(now=None):
    """Fill the bookable service at the van stop with the fewest free seats, then put a few
    people on its waiting list (the first time only)."""
    existing = WaitlistEntry.objects.filter(phone__in=[c["phone"] for c in WAITING_CITIZENS])
    if existing.exists():
        return existing.count()
    now = now or timezone.now()
    pair = _fullest_stop(now)
    if pair is None:
        return 0
    service, place_id, slots = pair
    number = 0
    for slot in slots:
        for _seat in range(slot.remaining):
            number += 1
            details = {
                "name": f"Πολίτης {number}",
                "phone": f"+30691239{number:04d}",
                "email": "",
                "language": "el",
                "interpreter_needed": False,
                "interpreter_language": "",
                "accessibility_needs": "",
                "note": DEMO_NOTE,
            }
            try:
                book(
                    service=service,
                    slot_key=slot.key,
                    details=details,
                    channel=Channel.PHONE,
                    now=now,
                )
            except BookingError:
                continue
    joined = 0
    for citizen in WAITING_CITIZENS:
        try:
            waitlist.join(
                service=service, place_id=place_id, details={**citizen, "email": ""}, now=now
            )
        except waitlist.WaitlistError:
            break
        joined += 1
    return joined


def _fullest_stop(now):
    """(service, stop id, free slots) with the fewest free seats, at most MOST_SEATS_TO_FILL."""
    best = None
    for service in ServicePage.objects.live().filter(bookable=True).order_by("path"):
        by_place = {}
        for slot in free_slots(service, now=now):
            if slot.place.kind == "stop":
                by_place.setdefault(slot.place_id, []).append(slot)
        for place_id, slots in by_place.items():
            seats = sum(slot.remaining for slot in slots)
            if seats <= MOST_SEATS_TO_FILL and (best is None or seats < best[0]):
                best = (seats, service, place_id, slots)
    return best[1:] if best else None
