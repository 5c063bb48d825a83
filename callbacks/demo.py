"""Demo content of call-back requests (`manage.py load_demo`): a queue with people waiting.

Requests at the branches and van stops of the demo network, in four
languages, waiting from a few minutes to a day and a half, one with two
unanswered calls. Idempotent: made once (recognised by their topic's mark).
No text message is sent for them (the demo numbers are made up).
"""

import datetime

from django.utils import timezone

from callbacks.choices import BestTime, CallbackStatus
from callbacks.models import CallbackRequest
from services_catalog.places import appointment_place_fields, public_kinds

DEMO_MARK = " [demo]"

REQUESTS = [
    # name, phone, language, best time, interpreter, topic, hours waiting, status, attempts
    (
        "Σοφία Αντωνίου",
        "+306912345611",
        "el",
        BestTime.MORNING,
        False,
        "Επίδομα θέρμανσης, δεν ξέρω τι χαρτιά χρειάζομαι",
        2,
        CallbackStatus.WAITING,
        0,
    ),
    (
        "محمد العلي",
        "+306912345612",
        "ar",
        BestTime.AFTERNOON,
        False,
        "أحتاج موعدًا مع الأخصائي النفسي لابني",
        26,
        CallbackStatus.NO_ANSWER,
        2,
    ),
    (
        "فاطمه رضایی",
        "+306912345613",
        "fa",
        BestTime.ANY,
        True,
        "کمک برای ثبت‌نام بچه‌ها در مدرسه",
        5,
        CallbackStatus.WAITING,
        0,
    ),
    (
        "Grace Mensah",
        "+447911123457",
        "en",
        BestTime.MIDDAY,
        False,
        "Question about the Greek classes",
        0.3,
        CallbackStatus.WAITING,
        0,
    ),
    (
        "Δημήτρης Νικολάου",
        "+306912345614",
        "el",
        BestTime.ANY,
        False,
        "",
        36,
        CallbackStatus.CALLED,
        1,
    ),
]


def load(stdout):
    made = ensure_requests()
    stdout.write(f"Call-backs: {made} demo requests waiting")


def demo_places():
    """One place per request, taking branches and stops in turn."""
    places = []
    for spec in public_kinds().values():
        places.extend(spec.live().order_by("pk")[:3])
    return places


def ensure_requests(now=None):
    existing = CallbackRequest.objects.filter(topic__endswith=DEMO_MARK).count()
    if existing:
        return existing
    now = now or timezone.now()
    places = demo_places()
    made = []
    for index, (name, phone, lang, best, interpreter, topic, hours, status, attempts) in enumerate(
        REQUESTS
    ):
        place = places[index % len(places)] if places else None
        callback = CallbackRequest.objects.create(
            name=name,
            phone=phone,
            language=lang,
            best_time=best,
            interpreter_needed=interpreter,
            topic=topic + DEMO_MARK,
            status=status,
            attempts=attempts,
            last_attempt_at=now - datetime.timedelta(hours=1) if attempts else None,
            **(appointment_place_fields(place) if place else {}),
        )
        made.append((callback.pk, now - datetime.timedelta(hours=hours)))
    for pk, created in made:  # auto_now_add: the waiting time is set afterwards
        CallbackRequest.objects.filter(pk=pk).update(created_at=created)
    return len(made)
