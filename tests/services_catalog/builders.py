"""Builders for catalogue tests: communities, branches, mobile units, stops, services.

They write rows directly (no revisions), which is all the catalogue's
queries need; pages are published so `live` filters see them.
"""

import contextlib
import datetime
import itertools
from decimal import Decimal
from pathlib import Path

from django.db import connection, transaction
from django.utils import translation

import recurrence

from portal.demo.builders import ensure_page
from services_catalog.models import (
    BranchException,
    BranchPage,
    BranchSchedule,
    Community,
    MobileUnitPage,
    Offering,
    PlacesIndexPage,
    ServiceCategory,
    ServicePage,
    ServicesIndexPage,
    Stop,
    StopException,
    StopSchedule,
    TargetGroup,
    VanCalendarPage,
)
from tests.helpers import home_page

_counter = itertools.count(1)

WEEKDAYS = "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
FIRST_AND_THIRD_TUESDAY = "RRULE:FREQ=MONTHLY;BYDAY=+1TU,+3TU"


def texts(el, en=None, ar=None, fa=None):
    values = {"el": el}
    for lang, value in (("en", en), ("ar", ar), ("fa", fa)):
        if value:
            values[lang] = value
    return values


def community(slug="1i", name="1η Δημοτική Κοινότητα", **names):
    obj, _ = Community.objects.get_or_create(slug=slug, defaults={"name_el": name})
    for lang, value in names.items():
        setattr(obj, f"name_{lang}", value)
    obj.save()
    return obj


def category(slug="support", name="Στήριξη"):
    obj, _ = ServiceCategory.objects.get_or_create(slug=slug, defaults={"name_el": name})
    return obj


def target_group(slug="adults", name="Ενήλικες"):
    obj, _ = TargetGroup.objects.get_or_create(slug=slug, defaults={"name_el": name})
    return obj


def places_index():
    page, _ = ensure_page(
        home_page(),
        PlacesIndexPage,
        slug={"el": "topoi", "en": "places", "ar": "الأماكن", "fa": "مکان-ها"},
        title={"el": "Πού θα μας βρείτε", "en": "Where to find us", "ar": "أين تجدنا", "fa": "کجا"},
    )
    return page


def services_index():
    page, _ = ensure_page(
        home_page(),
        ServicesIndexPage,
        slug={"el": "ypiresies", "en": "services", "ar": "الخدمات", "fa": "خدمات"},
        title={"el": "Υπηρεσίες", "en": "Services", "ar": "الخدمات", "fa": "خدمات"},
    )
    return page


def calendar_page():
    page, _ = ensure_page(
        home_page(),
        VanCalendarPage,
        slug={"el": "imerologio", "en": "calendar", "ar": "التقويم", "fa": "تقویم"},
        title={"el": "Ημερολόγιο", "en": "Calendar", "ar": "التقويم", "fa": "تقویم"},
    )
    return page


def window_values(rule, start="10:00", end="13:30", capacity=2, valid_from=None, **extra):
    values = {
        "recurrence": recurrence.deserialize(rule),
        "start_time": datetime.time.fromisoformat(start),
        "end_time": datetime.time.fromisoformat(end),
        "capacity": capacity,
        "valid_from": valid_from or datetime.date(2025, 1, 1),
    }
    values.update(extra)
    return values


def branch(
    title="Κεντρική δομή",
    *,
    slug=None,
    community_obj=None,
    rule=WEEKDAYS,
    start="08:00",
    end="16:00",
    capacity=3,
    titles=None,
    **fields,
):
    n = next(_counter)
    slug = slug or {"el": f"domi-{n}", "en": f"branch-{n}"}
    page, _ = ensure_page(
        places_index(),
        BranchPage,
        slug=slug,
        title=titles or {"el": title, "en": f"Branch {n}"},
        fields={
            "address": {"el": f"Οδός {n}", "en": f"{n} Street"},
            "postal_code": "185 35",
            "community": community_obj or community(),
            "latitude": Decimal("37.943100"),
            "longitude": Decimal("23.646900"),
            "phone": "210 412 0000",
            **fields,
        },
    )
    if rule:
        BranchSchedule.objects.create(branch=page, **window_values(rule, start, end, capacity))
    return page


def mobile_unit(title="Κινητή Μονάδα 1", *, slug=None, titles=None, **fields):
    n = next(_counter)
    page, _ = ensure_page(
        places_index(),
        MobileUnitPage,
        slug=slug or {"el": f"kiniti-{n}", "en": f"unit-{n}"},
        title=titles or {"el": title, "en": f"Mobile unit {n}"},
        fields={"phone": "210 412 0040", **fields},
    )
    return page


def stop(
    unit,
    name="Κέντρο Υγείας",
    *,
    community_obj=None,
    rule=FIRST_AND_THIRD_TUESDAY,
    start="10:00",
    end="13:30",
    capacity=2,
    names=None,
    **window,
):
    n = next(_counter)
    obj = Stop.objects.create(
        mobile_unit=unit,
        sort_order=n,
        venue_type="health_centre",
        address_el=f"Πλατεία {n}",
        postal_code="184 54",
        community=community_obj or community(),
        latitude=Decimal("37.965000"),
        longitude=Decimal("23.650000"),
        **{f"name_{lang}": value for lang, value in (names or {"el": name}).items()},
    )
    if rule:
        StopSchedule.objects.create(stop=obj, **window_values(rule, start, end, capacity, **window))
    return obj


def cancel(place, day, reason="Βλάβη"):
    if isinstance(place, Stop):
        return StopException.objects.create(
            stop=place, date=day, kind="cancelled", reason_el=reason
        )
    return BranchException.objects.create(
        branch=place, date=day, kind="cancelled", reason_el=reason
    )


def extra(place, day, start=None, end=None, reason=""):
    times = {
        "start_time": datetime.time.fromisoformat(start) if start else None,
        "end_time": datetime.time.fromisoformat(end) if end else None,
    }
    if isinstance(place, Stop):
        return StopException.objects.create(
            stop=place, date=day, kind="extra", reason_el=reason, **times
        )
    return BranchException.objects.create(
        branch=place, date=day, kind="extra", reason_el=reason, **times
    )


def service(
    title="Ψυχολογική στήριξη",
    *,
    branches=(),
    units=(),
    bookable=True,
    titles=None,
    slug=None,
    summary=None,
    **fields,
):
    n = next(_counter)
    page, _ = ensure_page(
        services_index(),
        ServicePage,
        slug=slug or {"el": f"ypiresia-{n}", "en": f"service-{n}"},
        title=titles or {"el": title, "en": f"Service {n}"},
        fields={
            "summary": summary or {"el": "Σύντομη περιγραφή.", "en": "A short description."},
            "category": fields.pop("category_obj", None) or category(),
            "bookable": bookable,
            "at_mobile_unit": bool(units),
            **fields,
        },
    )
    page.offerings = [Offering(branch=branch) for branch in branches] + [
        Offering(mobile_unit=unit) for unit in units
    ]
    page.save()
    return page


def publish(page):
    """A new revision from the rows now in the database (what the editor will load)."""
    page = type(page).objects.get(pk=page.pk)
    page.save_revision().publish()
    return page


def url(page, language="el"):
    """The page's URL in `language` (translated slugs)."""
    with translation.override(language):
        return page.url


def stop_url(stop, language="el"):
    """A stop's own page (a sub-page of its mobile unit) in `language`."""
    with translation.override(language):
        return stop.mobile_unit.stop_url(stop)


@contextlib.contextmanager
def built_once_per_module(django_db_blocker):
    """Build rows once for a whole test module; roll them back when it ends.

    Use in a module-scoped fixture that also asks for `django_db_setup`, in a
    module whose tests are all marked `django_db` (so pytest-django creates
    the test database: with no such test it would not, and the rows would go
    to the real database, which is refused below). Each test still runs in
    its own savepoint inside this transaction, so whatever a test adds or
    changes is undone after it and the next test sees the same network.
    """
    with django_db_blocker.unblock():
        name = str(connection.settings_dict["NAME"])
        if "mode=memory" not in name and not Path(name).name.startswith("test"):
            raise RuntimeError(f"Refusing to build test rows in {name}: not a test database.")
        with transaction.atomic():
            yield
            transaction.set_rollback(True)
