"""Demo content of the figures (`manage.py load_demo`): four months of walk-ins and calls.

At every live branch and van stop, on working days (Monday to Friday, Greek
public holidays excepted) of the last 120 days: a few walk-ins and phone
enquiries at branches, fewer at stops (a van is there once or twice a
month), most of them about one of the services offered there. Seeded, so
the same day gives the same numbers; written once (skipped when records
exist), in one bulk insert.
"""

import datetime
import random

from django.utils import timezone

from figures.choices import ContactKind
from figures.compute import working_days
from figures.models import ContactRecord
from services_catalog.models import Offering
from services_catalog.places import appointment_place_fields, public_kinds
from services_catalog.schedules import ATHENS, public_holiday

DAYS = 120
SEED = 2026


def load(stdout):
    if ContactRecord.objects.exists():
        stdout.write("Figures: demo walk-ins and calls already there")
        return
    rng = random.Random(SEED)
    today = timezone.localdate(timezone=ATHENS)
    days = [today - datetime.timedelta(days=n) for n in range(DAYS, 0, -1)]
    days = [d for d in days if d.weekday() < 5 and not public_holiday(d)]
    offered = Offering.objects.live()
    by_branch, by_unit = {}, {}
    for branch_id, unit_id, service_id in offered.values_list("branch", "mobile_unit", "service"):
        if branch_id:
            by_branch.setdefault(branch_id, []).append(service_id)
        if unit_id:
            by_unit.setdefault(unit_id, []).append(service_id)
    records = []
    for kind, spec in public_kinds().items():
        for place in spec.live():
            services = (
                by_branch.get(place.pk) if kind == "branch" else by_unit.get(place.mobile_unit_id)
            )
            # A van is at a stop on about one working day in ten.
            place_days = days if kind == "branch" else [d for d in days if rng.random() < 0.1]
            for day in place_days:
                walk_ins, calls = rng.randint(0, 5), rng.randint(0, 3)
                for contact_kind, count in (
                    (ContactKind.WALK_IN, walk_ins),
                    (ContactKind.PHONE, calls),
                ):
                    for _n in range(count):
                        when = datetime.datetime.combine(
                            day,
                            datetime.time(9 + rng.randint(0, 6), rng.randint(0, 59)),
                            tzinfo=ATHENS,
                        )
                        service = rng.choice(services) if services and rng.random() < 0.7 else None
                        records.append(
                            ContactRecord(
                                kind=contact_kind,
                                service_id=service,
                                recorded_at=when,
                                **appointment_place_fields(place),
                            )
                        )
    ContactRecord.objects.bulk_create(records, batch_size=2000)
    stdout.write(
        f"Figures: {len(records)} demo walk-ins and calls over {working_days(days[0], days[-1])} "
        "working days"
        if days
        else "Figures: no working day to fill"
    )
