"""The tests' builders: the site, places, services, a small network, citizens, staff.

Catalogue rows are written directly (no revisions), which is all the
catalogue's queries need; pages are published so `live` filters see them.
Every page has all four languages' fields (a HomePage as the default site's
root, `make_site`). Appointments are made only through the booking service
(tests/booking/builders.py), the one way the portal makes them.
"""

import contextlib
import datetime
import itertools
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction
from django.utils import translation

import recurrence

from booking.models import StaffAccess
from portal.demo.builders import ensure_page, set_translated
from portal.demo.site import ensure_home_page
from portal.models import ContentPage, HomePage, NavigationSettings, SiteSettings
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

_counter = itertools.count(1)

WEEKDAYS = "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
FIRST_AND_THIRD_TUESDAY = "RRULE:FREQ=MONTHLY;BYDAY=+1TU,+3TU"
EVERY_DAY = "RRULE:FREQ=DAILY"


# --- The site -------------------------------------------------------------------------------


def home_page():
    return HomePage.objects.get()


def make_site():
    """The site tree every test starts from: a HomePage as the default site's root."""
    site, home = ensure_home_page()
    settings = SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)
    set_translated(
        settings,
        "organisation_name",
        {
            "el": "Κέντρο Κοινότητας Δήμου",
            "en": "Municipal Community Centre",
            "ar": "مركز المجتمع البلدي",
            "fa": "مرکز اجتماعی شهرداری",
        },
    )
    settings.phone = "210 000 0000"
    settings.save()
    # Wagtail creates a site's settings on the first page that reads them; made
    # here, that first page is not a write (which would make it uncacheable).
    NavigationSettings.objects.get_or_create(site=site)
    return site, home


def make_content_page(parent=None, *, slug, title, intro=None, body=None):
    """A published ContentPage; `slug`/`title`/`intro` map languages to text."""
    parent = parent or home_page()
    fields = {}
    if intro is not None:
        fields["intro"] = intro
    if body is not None:
        fields["body"] = body
    page, _changed = ensure_page(parent, ContentPage, slug=slug, title=title, fields=fields)
    return page


def paragraph(html):
    return [{"type": "paragraph", "value": html}]


# --- Places and services --------------------------------------------------------------------


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


def van_calendar_network():
    """Two vans, three stops in two communities, a cancelled visit, two services and
    the van calendar page (the calendar tests' network)."""
    nikaia = community("cal-nikaia", "Νίκαια", en="Nikaia")
    korydallos = community("cal-korydallos", "Κορυδαλλός", en="Korydallos")
    unit1 = mobile_unit(titles={"el": "Κινητή Μονάδα 1", "en": "Mobile Unit 1"})
    unit2 = mobile_unit(titles={"el": "Κινητή Μονάδα 2", "en": "Mobile Unit 2"})
    health = stop(  # first and third Tuesday, 10:00–13:30
        unit1,
        names={"el": "Κέντρο Υγείας Νίκαιας", "en": "Nikaia Health Centre"},
        community_obj=nikaia,
    )
    square = stop(
        unit1,
        names={"el": "Πλατεία Κορυδαλλού", "en": "Korydallos Square"},
        community_obj=korydallos,
        rule="RRULE:FREQ=MONTHLY;BYDAY=+2TH,+4TH",
        start="09:30",
        end="12:30",
    )
    kapi = stop(
        unit2,
        names={"el": "ΚΑΠΗ Νίκαιας", "en": "Nikaia Day Centre"},
        community_obj=nikaia,
        rule="RRULE:FREQ=WEEKLY;BYDAY=MO",
        start="11:00",
        end="13:00",
    )
    cancel(health, datetime.date(2027, 3, 16), reason="Βλάβη οχήματος")
    psych = service(units=[unit1], titles={"el": "Ψυχολογική στήριξη", "en": "Psychology"})
    legal = service(units=[unit2], titles={"el": "Νομική συμβουλή", "en": "Legal advice"})
    page = calendar_page()
    return SimpleNamespace(
        unit1=unit1,
        unit2=unit2,
        health=health,
        square=square,
        kapi=kapi,
        psych=psych,
        legal=legal,
        page=page,
        url=url(page, "en"),
    )


# --- Small networks -------------------------------------------------------------------------


def small_network():
    """A branch open Mon–Fri 08:00–16:00 (2 staff) and a van stop on the first and
    third Tuesday 10:00–13:30 (1 staff), both offering a bookable 30-minute service.

    The `bookable` fixture (tests/conftest.py); with the clock at NOW it has
    known free slots.
    """
    branch_page = branch("Παράρτημα ΚΕΜ", capacity=2)
    unit = mobile_unit("Κινητή Μονάδα 1")
    van_stop = stop(unit, "Πλατεία Αγίας Σοφίας", capacity=1)
    offered = service(
        "Ψυχολογική στήριξη",
        branches=[branch_page],
        units=[unit],
        bookable=True,
        appointment_minutes=30,
        what_to_bring={"el": "<p>Ταυτότητα, αν έχετε.</p>", "en": "<p>An ID, if you have one.</p>"},
    )
    return {"branch": branch_page, "unit": unit, "stop": van_stop, "service": offered}


def daily_branch_service(
    *, capacity=3, start="09:00", end="17:00", minutes=30, title="Κοινωνική υπηρεσία"
):
    """A branch open every day of the year (holidays too) and a bookable service there.

    Every day, so that a test on the real clock (a real server cannot be
    time-travelled) always finds slots within the horizon.
    """
    branch_page = branch(f"{title}: παράρτημα", rule=None, capacity=capacity, start=start, end=end)
    BranchSchedule.objects.create(
        branch=branch_page,
        **window_values(EVERY_DAY, start, end, capacity, open_on_public_holidays=True),
    )
    offered = service(title, branches=[branch_page], appointment_minutes=minutes)
    return offered, branch_page


# --- People -----------------------------------------------------------------------------------


def staff_user(
    username,
    *,
    groups=(),
    permissions=(),
    branches=None,
    units=None,
    all_places=False,
    superuser=False,
):
    """A staff user in `groups` (names) with extra `permissions` ("app.codename").

    With `all_places` the user gets a StaffAccess row for every place; with
    `branches` or `units` (even empty lists) a row for only those places;
    with none of them no row, and so no place (permissions fail closed).
    """
    model = get_user_model()
    if superuser:
        return model.objects.create_superuser(username, f"{username}@example.org", "pw")
    user = model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    if all_places or branches is not None or units is not None:
        access = StaffAccess.objects.create(user=user, all_places=all_places)
        access.branches.set(branches or [])
        access.mobile_units.set(units or [])
        access.save()
    return user


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
