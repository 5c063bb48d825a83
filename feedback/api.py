"""A place's average rating in the open-data API: `GET /api/v1/ratings/{subject_id}`.

The same figure the place's page shows (feedback.summaries): `average` is
null until the place has FEEDBACK_MIN_RATINGS ratings. Comments are never
published. `register(api)` adds it to the NinjaAPI built in `portal.api`.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from ninja import Schema
from ninja.errors import HttpError

from feedback.summaries import summary
from portal.api_errors import Error, InvalidInput, not_found
from services_catalog.api.schemas import FilterText
from services_catalog.places import load_subject, subject_key


class RatingOut(Schema):
    subject: str
    count: int
    average: float | None
    minimum_count: int


def subject_rating(request, subject_id: FilterText):
    subject = load_subject(subject_id)
    if subject is None:
        raise HttpError(404, not_found(_("location")))
    found = summary(subject)
    return {
        "subject": subject_key(subject),
        "count": found.count,
        "average": round(found.average, 2) if found.shown else None,
        "minimum_count": settings.FEEDBACK_MIN_RATINGS,
    }


def register(api):
    api.get(
        "/ratings/{subject_id}",
        response={200: RatingOut, 404: Error, 422: InvalidInput},
        tags=["figures"],
        summary="Average rating of one location or mobile unit",
        description=(
            "Ratings (1 = very bad … 5 = very good) citizens gave after an attended appointment. "
            "`average` is null below `minimum_count` ratings. `subject_id`: `branch-3`, "
            "`stop-12` or a mobile unit `unit-4`."
        ),
    )(subject_rating)
