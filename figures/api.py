"""The figures in the open-data API: an extension beside the HSDS operations.

`GET /api/v1/figures` (the whole network) and `GET /api/v1/figures/{subject_id}`
(a location id, "branch-3" or "stop-12", or a mobile unit, "unit-4"), with the
definitions of figures.compute. `register(api)` adds them to the NinjaAPI
built in `portal.api`, like the other apps' operations.
"""

import datetime

from django.utils.translation import gettext as _

from ninja import Schema
from ninja.errors import HttpError

from figures.compute import figures_for, services_of
from portal.api_errors import Error, InvalidInput, not_found
from services_catalog.api.schemas import FilterText
from services_catalog.places import load_subject, subject_key

DESCRIPTION = """People served (appointments attended, walk-ins and phone enquiries recorded by
staff, and any other registered source) from `since` to `until` (yesterday, Europe/Athens),
in the 30 days ending `until`, on average per working day of those 30 days (Monday to Friday,
Greek public holidays excluded), the three most asked-for services and the last six months.
Updated at most every FIGURES_CACHE_SECONDS (15 minutes by default)."""


class ServiceCountOut(Schema):
    service_id: int
    name: str
    count: int


class MonthOut(Schema):
    month: str  # YYYY-MM
    count: int


class FiguresOut(Schema):
    subject: str
    since: datetime.date
    until: datetime.date
    total: int
    last_30_days: int
    working_days_last_30_days: int
    per_working_day: float | None
    top_services: list[ServiceCountOut]
    months: list[MonthOut]


def figures_out(subject):
    figures = figures_for(subject)
    return {
        "subject": subject_key(subject),
        "since": figures.since,
        "until": figures.until,
        "total": figures.total,
        "last_30_days": figures.last_30_days,
        "working_days_last_30_days": figures.working_days,
        "per_working_day": figures.per_working_day,
        "top_services": [
            {"service_id": page.pk, "name": page.title, "count": count}
            for page, count in services_of(figures)
        ],
        "months": [{"month": f"{first:%Y-%m}", "count": count} for first, count in figures.months],
    }


def network_figures(request):
    return figures_out(None)


def subject_figures(request, subject_id: FilterText):
    subject = load_subject(subject_id)
    if subject is None:
        raise HttpError(404, not_found(_("location")))
    return figures_out(subject)


def register(api):
    api.get(
        "/figures",
        response={200: FiguresOut},
        tags=["figures"],
        summary="Figures of the whole network",
        description=DESCRIPTION,
    )(network_figures)
    api.get(
        "/figures/{subject_id}",
        response={200: FiguresOut, 404: Error, 422: InvalidInput},
        tags=["figures"],
        summary="Figures of one location or mobile unit",
        description=DESCRIPTION
        + "\n\n`subject_id`: a location id (`branch-3`, `stop-12`) or a mobile unit (`unit-4`).",
    )(subject_figures)
