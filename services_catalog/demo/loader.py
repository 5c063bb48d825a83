"""Build the catalogue's demo content (called by `manage.py load_demo`).

Idempotent like the site shell's loader: objects are found by stable keys
(slugs, the Greek name of a stop, the order of a schedule), updated in
place so their primary keys — and with them the iCal UIDs — never change,
and pages get a new revision only when something changed.
"""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

import recurrence

from demo_content import catalogue as content
from demo_content import organisations as organisation_content
from portal.demo.builders import current_value, ensure_page, set_translated, translated_stream
from portal.models import HeaderLink, HomePage, NavigationSettings
from services_catalog import schedules
from services_catalog.models import (
    BranchException,
    BranchPage,
    BranchSchedule,
    Community,
    MobileUnitPage,
    Offering,
    Organisation,
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


def _time(text):
    return datetime.time.fromisoformat(text)


def ensure_named(model, spec):
    obj = model.objects.filter(slug=spec["slug"]).first() or model(slug=spec["slug"])
    changed = set_translated(obj, "name", spec["name"])
    if obj.sort_order != spec.get("sort", 0):
        obj.sort_order = spec.get("sort", 0)
        changed = True
    if changed or obj.pk is None:
        obj.save()
    return obj


def _apply(obj, values):
    """Set plain or translated fields; report whether anything changed."""
    changed = False
    for name, value in values.items():
        if isinstance(value, dict):
            changed |= set_translated(obj, name, value)
        elif current_value(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _sync_rows(queryset, make, specs, apply):
    """Update rows in order, add missing ones, delete the rest; keep primary keys."""
    rows = list(queryset.order_by("sort_order", "pk"))
    changed = False
    for index, spec in enumerate(specs):
        row = rows[index] if index < len(rows) else make()
        row_changed = apply(row, spec) or row.sort_order != index or row.pk is None
        row.sort_order = index
        if row_changed:
            row.full_clean(exclude=["branch", "stop", "mobile_unit"])
            row.save()
            changed = True
    for extra in rows[len(specs) :]:
        extra.delete()
        changed = True
    return changed


def _window_values(spec):
    return {
        "recurrence": recurrence.deserialize(spec["rule"]),
        "start_time": _time(spec["start"]),
        "end_time": _time(spec["end"]),
        "capacity": spec.get("capacity", 1),
        "valid_from": _valid_from(),
        "valid_until": None,
        "open_on_public_holidays": False,
    }


def _valid_from():
    """Schedules of the demo apply from the first day of last year: a stable anchor."""
    return datetime.date(timezone.localdate().year - 1, 1, 1)


def _apply_window(row, spec):
    values = _window_values(spec)
    changed = False
    for name, value in values.items():
        current = getattr(row, name)
        if name == "recurrence":
            if (recurrence.serialize(current) if current else "") != recurrence.serialize(value):
                row.recurrence = value
                changed = True
        elif current != value:
            setattr(row, name, value)
            changed = True
    return changed


def _exception_date(spec, windows, today):
    """The date of a demo exception: `in_days` from today, on a scheduled day for cancellations."""
    day = today + datetime.timedelta(days=spec["in_days"])
    if spec["kind"] != "cancelled":
        return day
    for window in windows:
        dates, _removed = schedules.rule_dates(window, day, day + datetime.timedelta(days=62))
        for candidate, _source in dates:
            if not schedules.public_holiday(candidate):
                return candidate
    return day


def _apply_exception(windows, today):
    def apply(row, spec):
        values = {
            "date": _exception_date(spec, windows, today),
            "kind": spec["kind"],
            "start_time": _time(spec["start"]) if spec.get("start") else None,
            "end_time": _time(spec["end"]) if spec.get("end") else None,
            "reason": spec.get("reason", {"el": ""}),
        }
        return _apply(row, values)

    return apply


def _publish(page):
    """A new revision from the rows now in the database, so the editor sees them."""
    page = Page.objects.get(pk=page.pk).specific
    page.save_revision().publish()


@transaction.atomic
def load(stdout):
    home = HomePage.objects.get()
    today = timezone.localdate()
    communities = {spec["slug"]: ensure_named(Community, spec) for spec in content.COMMUNITIES}
    categories = {spec["slug"]: ensure_named(ServiceCategory, spec) for spec in content.CATEGORIES}
    groups = {spec["slug"]: ensure_named(TargetGroup, spec) for spec in content.TARGET_GROUPS}

    services_index, _ = ensure_page(
        home,
        ServicesIndexPage,
        slug=content.SERVICES_INDEX["slug"],
        title=content.SERVICES_INDEX["title"],
        fields={"intro": content.SERVICES_INDEX["intro"]},
    )
    places_index, _ = ensure_page(
        home,
        PlacesIndexPage,
        slug=content.PLACES_INDEX["slug"],
        title=content.PLACES_INDEX["title"],
        fields={"intro": content.PLACES_INDEX["intro"]},
    )
    calendar, _ = ensure_page(
        home,
        VanCalendarPage,
        slug=content.CALENDAR["slug"],
        title=content.CALENDAR["title"],
        fields={"intro": content.CALENDAR["intro"]},
    )

    branches = {
        spec["key"]: _ensure_branch(places_index, spec, communities, today)
        for spec in content.BRANCHES
    }
    units = {
        spec["key"]: _ensure_unit(places_index, spec, communities, today)
        for spec in content.MOBILE_UNITS
    }
    for spec in content.SERVICES:
        _ensure_service(services_index, spec, categories, groups, branches, units)
    organisations = _ensure_organisations(units)
    for spec in organisation_content.PROGRAMMES:
        _ensure_programme(services_index, spec, categories, branches, organisations)

    _ensure_menu(home, [services_index, places_index, calendar])
    stdout.write(
        f"Catalogue: {len(content.SERVICES)} services, {len(branches)} branches, "
        f"{len(units)} mobile units, {Stop.objects.count()} stops"
    )


def _ensure_branch(parent, spec, communities, today):
    page, _ = ensure_page(
        parent,
        BranchPage,
        slug=spec["slug"],
        title=spec["title"],
        fields={
            "intro": spec["intro"],
            "address": spec["address"],
            "postal_code": spec["postal_code"],
            "community": communities[spec["community"]],
            "latitude": _decimal(spec["latitude"]),
            "longitude": _decimal(spec["longitude"]),
            "phone": spec["phone"],
            "email": spec["email"],
            "responsible_person": spec["responsible_person"],
            "accessibility": spec["accessibility"],
        },
    )
    changed = _sync_rows(
        BranchSchedule.objects.filter(branch=page),
        lambda: BranchSchedule(branch=page),
        spec["schedules"],
        _apply_window,
    )
    windows = list(BranchSchedule.objects.filter(branch=page).order_by("sort_order"))
    changed |= _sync_rows(
        BranchException.objects.filter(branch=page),
        lambda: BranchException(branch=page),
        spec.get("exceptions", []),
        _apply_exception(windows, today),
    )
    if changed:
        _publish(page)
    return page


def _ensure_unit(parent, spec, communities, today):
    page, _ = ensure_page(
        parent,
        MobileUnitPage,
        slug=spec["slug"],
        title=spec["title"],
        fields={
            "intro": spec["intro"],
            "vehicle": spec["vehicle"],
            "team": spec["team"],
            "accessibility": spec["accessibility"],
            "phone": spec["phone"],
        },
    )

    def apply_stop(stop, stop_spec):
        changed = _apply(
            stop,
            {
                "name": stop_spec["name"],
                "venue_type": stop_spec["venue_type"],
                "address": stop_spec["address"],
                "postal_code": stop_spec["postal_code"],
                "community": communities[stop_spec["community"]],
                "latitude": _decimal(stop_spec["latitude"]),
                "longitude": _decimal(stop_spec["longitude"]),
                "directions": stop_spec.get("directions", {"el": ""}),
            },
        )
        if stop.pk is None:
            stop.sort_order = 0
            stop.save()
        changed |= _sync_rows(
            StopSchedule.objects.filter(stop=stop),
            lambda: StopSchedule(stop=stop),
            stop_spec["visits"],
            _apply_window,
        )
        windows = list(StopSchedule.objects.filter(stop=stop).order_by("sort_order"))
        changed |= _sync_rows(
            StopException.objects.filter(stop=stop),
            lambda: StopException(stop=stop),
            stop_spec.get("exceptions", []),
            _apply_exception(windows, today),
        )
        return changed

    changed = _sync_rows(
        Stop.objects.filter(mobile_unit=page),
        lambda: Stop(mobile_unit=page),
        spec["stops"],
        apply_stop,
    )
    if changed:
        _publish(page)
    return page


def _ensure_service(parent, spec, categories, groups, branches, units):
    fields = {
        "summary": spec["summary"],
        "body": translated_stream(spec["body"]),
        "category": categories[spec["category"]],
        "what_to_bring": spec.get("what_to_bring", {"el": ""}),
        "bookable": spec.get("bookable", False),
        "appointment_minutes": spec.get("appointment_minutes", 30),
        "show_on_home_page": spec.get("home", False),
        **spec["channels"],
    }
    page, _ = ensure_page(
        parent, ServicePage, slug=spec["slug"], title=spec["title"], fields=fields
    )
    wanted_groups = sorted(groups[slug].pk for slug in spec.get("target_groups", []))
    wanted_places = [(branches[key].pk, None) for key in spec.get("branches", [])] + [
        (None, units[key].pk) for key in spec.get("mobile_units", [])
    ]
    current_groups = sorted(page.target_groups.values_list("pk", flat=True))
    current_places = list(page.offerings.values_list("branch", "mobile_unit"))
    if (current_groups, current_places) != (wanted_groups, wanted_places):
        page = Page.objects.get(pk=page.pk).specific
        page.target_groups.set(wanted_groups)
        page.offerings = [
            Offering(branch_id=branch, mobile_unit_id=unit, sort_order=order)
            for order, (branch, unit) in enumerate(wanted_places)
        ]
        page.save_revision().publish()
    return page


def _ensure_organisations(units):
    """Partners, partner municipalities (and the van that serves each), programme providers."""
    organisations = {}
    for spec in organisation_content.ORGANISATIONS:
        obj = Organisation.objects.filter(slug=spec["slug"]).first()
        obj = obj or Organisation(slug=spec["slug"])
        changed = set_translated(obj, "name", spec["name"])
        changed |= _apply(obj, {k: spec[k] for k in ("kind", "contact", "website")})
        if changed or obj.pk is None:
            obj.save()
        organisations[spec["slug"]] = obj
    for unit_key, slugs in organisation_content.SERVED_MUNICIPALITIES.items():
        unit = MobileUnitPage.objects.get(pk=units[unit_key].pk)
        wanted = sorted(organisations[slug].pk for slug in slugs)
        if sorted(unit.served_municipalities.values_list("pk", flat=True)) != wanted:
            unit.served_municipalities.set(wanted)
            unit.save_revision().publish()
    return organisations


def _ensure_programme(parent, spec, categories, branches, organisations):
    """A programme of another body, offered (help applying) at the two main branches."""
    page, _ = ensure_page(
        parent,
        ServicePage,
        slug=spec["slug"],
        title=spec["title"],
        fields={
            "summary": spec["summary"],
            "category": categories["welfare-benefits"],
            "provider": organisations[spec["provider"]],
            "eligibility": spec["eligibility"],
            "official_url": spec["official_url"],
            "at_branch": True,
            "by_phone": True,
        },
    )
    wanted = [branches["central"].pk, branches["kem"].pk]
    if list(page.offerings.values_list("branch", flat=True)) != wanted:
        page = Page.objects.get(pk=page.pk).specific
        page.offerings = [
            Offering(branch_id=pk, sort_order=order) for order, pk in enumerate(wanted)
        ]
        page.save_revision().publish()
    return page


def _ensure_menu(home, pages):
    """Put the catalogue's pages first in the header menu (once)."""
    navigation = NavigationSettings.objects.first()
    if navigation is None:
        return
    existing = [link.page_id for link in navigation.header_links.all()]
    wanted = [page.pk for page in pages] + [
        pk for pk in existing if pk not in {p.pk for p in pages}
    ]
    if existing == wanted:
        return
    navigation.header_links = [
        HeaderLink(page_id=page_id, sort_order=order) for order, page_id in enumerate(wanted)
    ]
    navigation.save()


def _decimal(text):
    return Decimal(text)
