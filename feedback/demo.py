"""Demo content of feedback (`manage.py load_demo`): ratings at every place, a few comments.

Enough ratings at every live branch and stop to pass FEEDBACK_MIN_RATINGS,
mostly good, some not, and a few comments in the four languages for the
staff's list. Demo ratings belong to no appointment (the demo's appointments
are still to come). Seeded; written once (skipped when ratings exist).
"""

import random

from django.conf import settings

from feedback.models import Rating
from services_catalog.places import appointment_place_fields, public_kinds

SEED = 57
# Scores drawn with these weights: 1 … 5.
WEIGHTS = (2, 3, 10, 35, 50)
COMMENTS = [
    "Με εξυπηρέτησαν γρήγορα και με ευγένεια. Ευχαριστώ!",
    "Περίμενα αρκετά, αλλά τελικά βρήκαμε λύση.",
    "The interpreter made all the difference. Thank you.",
    "Hard to find the entrance with a pram; a sign would help.",
    "شكرًا للموظفة، شرحت لي كل شيء بالعربية.",
    "كان الانتظار طويلًا بعض الشيء.",
    "خیلی ممنون، با حوصله به سؤال‌هایم جواب دادند.",
    "کاش ساعت کاری عصرها هم بود.",
]


def load(stdout):
    if Rating.objects.exists():
        stdout.write("Feedback: demo ratings already there")
        return
    rng = random.Random(SEED)
    ratings = []
    for spec in public_kinds().values():
        for place in spec.live():
            for _n in range(settings.FEEDBACK_MIN_RATINGS + rng.randint(3, 40)):
                ratings.append(
                    Rating(
                        score=rng.choices(range(1, 6), weights=WEIGHTS)[0],
                        comment=rng.choice(COMMENTS) if rng.random() < 0.15 else "",
                        **appointment_place_fields(place),
                    )
                )
    Rating.objects.bulk_create(ratings, batch_size=2000)
    stdout.write(f"Feedback: {len(ratings)} demo ratings")
