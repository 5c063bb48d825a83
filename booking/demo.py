"""Demo content of the booking module (`manage.py load_demo`).

A front-desk user to try the staff tools, and a handful of appointments so
the Appointments menu is not empty. Idempotent: the appointments are made
once (recognised by their note), the user is never changed once it exists.
"""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from booking.choices import Channel
from booking.models import Appointment, StaffAccess
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
    stdout.write(f"Booking: {made} demo appointments; front desk login: {user.username}")


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
