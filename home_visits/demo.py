"""Demo content of home visits (`manage.py load_demo`).

A home-visit team serving the demo's municipal communities (Monday to
Friday, 09:00–13:00, two teams on the road), three requests waiting for
review (in Greek, Arabic and Farsi, one sent by a partner service) and one
already scheduled. Idempotent: the team is recognised by its Greek name, the
requests are made once (recognised by their phone numbers).
"""

import contextlib
import datetime

from django.utils import timezone

import recurrence

from booking.reservations import BookingError
from home_visits import requests
from home_visits.models import HomeVisitRequest
from services_catalog.demo.regional import REGIONAL_PREFIX
from services_catalog.models import Community, HomeVisitTeam, HomeVisitWindow, ServicePage

TEAM_NAMES = {
    "name_el": "Ομάδα επισκέψεων στο σπίτι",
    "name_en": "Home-visit team",
    "name_ar": "فريق الزيارات المنزلية",
    "name_fa": "تیم دیدار در خانه",
}

REQUESTS = [
    {
        "name": "Σταυρούλα Μαυρίδου",
        "phone": "+306912345611",
        "language": "el",
        "reason": "age",
        "reason_details": "Είμαι 84 ετών και δεν κατεβαίνω πια τις σκάλες.",
        "address": "Οδός Καραΐσκου 112, 3ος όροφος, κουδούνι Μαυρίδου",
        "postal_code": "185 32",
        "best_days": "tue,thu",
        "best_time": "Πρωί, μετά τις 10:00",
    },
    {
        "name": "فاطمة الحسن",
        "phone": "+306912345612",
        "language": "ar",
        "interpreter_language": "ar",
        "reason": "caring",
        "reason_details": "أعتني بابني المريض ولا أستطيع ترك المنزل.",
        "address": "Οδός Σκουζέ 40, 1ος όροφος",
        "postal_code": "185 36",
        "best_days": "mon,wed,fri",
        "best_time": "قبل الظهر",
    },
    {
        "name": "مریم احمدی",
        "phone": "+306912345613",
        "language": "fa",
        "interpreter_language": "fa",
        "reason": "disability",
        "requested_by": "partner",
        "requester_name": "Άννα Κωνσταντίνου",
        "organisation": "Κέντρο Υγείας Πειραιά",
        "address": "Οδός Θερμοπυλών 8, ισόγειο",
        "postal_code": "185 45",
    },
    {
        "name": "Νικόλαος Δημητρίου",
        "phone": "+306912345614",
        "language": "el",
        "reason": "illness",
        "address": "Οδός Ομηρίδου Σκυλίτση 5",
        "postal_code": "185 34",
        "best_days": "wed",
        "scheduled": True,
    },
]


def load(stdout):
    team = ensure_team()
    if team is None:
        stdout.write("Home visits: no service or community to attach a team to; skipped")
        return
    made = ensure_requests(team)
    stdout.write(f"Home visits: team “{team.name_el}”, {made} demo requests")


def ensure_team():
    team = HomeVisitTeam.objects.filter(name_el=TEAM_NAMES["name_el"]).first()
    if team is not None:
        return team
    service = (
        ServicePage.objects.live().filter(home_visit=True).order_by("path").first()
        or ServicePage.objects.live().order_by("path").first()
    )
    communities = list(
        Community.objects.exclude(slug__startswith=REGIONAL_PREFIX).order_by("sort_order")[:5]
    )
    if service is None or not communities:
        return None
    team = HomeVisitTeam.objects.create(
        **TEAM_NAMES, service=service, visit_minutes=60, phone="210 412 0000"
    )
    team.communities.set(communities)
    team.save()
    HomeVisitWindow.objects.create(
        team=team,
        recurrence=recurrence.deserialize("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        start_time=datetime.time(9),
        end_time=datetime.time(13),
        capacity=2,
        valid_from=timezone.localdate() - datetime.timedelta(days=30),
    )
    return team


def ensure_requests(team):
    """The demo requests, the first time only; the last one scheduled for a visit."""
    existing = HomeVisitRequest.objects.filter(phone__in=[r["phone"] for r in REQUESTS]).count()
    if existing:
        return existing
    community = team.communities.order_by("sort_order", "slug").first()
    made = 0
    for spec in REQUESTS:
        fields = {key: value for key, value in spec.items() if key != "scheduled"}
        visit = requests.create(community=community, team=team, **fields)
        made += 1
        if spec.get("scheduled"):
            slots = requests.free_slots(visit)
            if slots:
                with contextlib.suppress(BookingError):  # the demo does without it
                    requests.schedule(visit, slots[min(len(slots) - 1, 6)].key, None)
    return made
