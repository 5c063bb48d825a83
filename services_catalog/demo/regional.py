"""A region's whole network on top of the demo site (`manage.py load_regional_data`).

The demo has three branches and two vans; a region runs about 60 branches
and 40 mobile units with 1,000 stops. This builds that network so the
performance suite measures pages, feeds and slots at a realistic size:

- one municipal community per municipality of the region (`REGIONAL_PREFIX`
  in its slug marks the data set as loaded);
- branch pages and mobile-unit pages created through Wagtail's tree API
  under the places index, every language's title and slug set, with their
  schedules (branches) and stops with visits (units) as inline children,
  each page published as a revision, as an editor would;
- offerings of the demo's services at the new places, then a new published
  revision of each service page so the editor sees them.

Deterministic: the same `seed` and `scale` build the same network. Counts
scale with `scale` (0.01 for tests), at least one of each.
"""

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from wagtail.models import Page

import recurrence

from portal.demo.builders import set_translated
from services_catalog.choices import VenueType
from services_catalog.models import (
    BranchPage,
    BranchSchedule,
    Community,
    MobileUnitPage,
    Offering,
    PlacesIndexPage,
    ServicePage,
    Stop,
    StopSchedule,
)

REGIONAL_PREFIX = "regional-"
BRANCHES = 60
MOBILE_UNITS = 40
STOPS = 1000

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]

# (slug, el, en, ar, fa): municipalities of Piraeus and West Attica.
MUNICIPALITIES = [
    ("nikaia", "Νίκαια", "Nikaia", "نيقيا", "نیکایا"),
    ("keratsini", "Κερατσίνι", "Keratsini", "كيراتسيني", "کراتسینی"),
    ("perama", "Πέραμα", "Perama", "بيراما", "پراما"),
    ("korydallos", "Κορυδαλλός", "Korydallos", "كوريدالوس", "کوریدالوس"),
    ("kallithea", "Καλλιθέα", "Kallithea", "كاليثيا", "کالیتئا"),
    ("peristeri", "Περιστέρι", "Peristeri", "بيريستيري", "پریستری"),
    ("egaleo", "Αιγάλεω", "Egaleo", "إيغاليو", "ایگالئو"),
    ("chaidari", "Χαϊδάρι", "Chaidari", "خايداري", "خایداری"),
    ("elefsina", "Ελευσίνα", "Elefsina", "إليفسينا", "الفسینا"),
    ("moschato", "Μοσχάτο", "Moschato", "موسخاتو", "موسخاتو"),
    ("nea-smyrni", "Νέα Σμύρνη", "Nea Smyrni", "نيا سميرني", "نئا اسمیرنی"),
    ("salamina", "Σαλαμίνα", "Salamina", "سالامينا", "سالامینا"),
    ("megara", "Μέγαρα", "Megara", "ميغارا", "مگارا"),
    ("aspropyrgos", "Ασπρόπυργος", "Aspropyrgos", "أسبروبيرغوس", "آسپروپیرگوس"),
    ("ilion", "Ίλιον", "Ilion", "إيليون", "ایلیون"),
    ("petroupoli", "Πετρούπολη", "Petroupoli", "بيتروبولي", "پتروپولی"),
]

# (el, en, ar, fa) street names; addresses in ar and fa keep the Greek one in brackets.
STREETS = [
    ("Οδός Ελευθερίας", "Eleftherias Street", "شارع إلفثيرياس", "خیابان الفتریاس"),
    ("Οδός Ειρήνης", "Irinis Street", "شارع إيرينيس", "خیابان ایرینیس"),
    ("Λεωφόρος Δημοκρατίας", "Dimokratias Avenue", "جادة ذيموكراتياس", "بلوار دیموکراتیاس"),
    ("Οδός Αθηνάς", "Athinas Street", "شارع أثيناس", "خیابان آتیناس"),
]

# The venue a van parks at, by type: (el, en, ar, fa).
VENUES = {
    VenueType.HEALTH_CENTRE: ("Κέντρο Υγείας", "Health centre", "المركز الصحي", "مرکز بهداشت"),
    VenueType.SQUARE: ("Πλατεία", "Square", "الساحة", "میدان"),
    VenueType.KINDERGARTEN: ("Παιδικός Σταθμός", "Kindergarten", "روضة الأطفال", "مهدکودک"),
    VenueType.SCHOOL: ("Σχολείο", "School", "المدرسة", "مدرسه"),
    VenueType.CHURCH_HALL: ("Αίθουσα ενορίας", "Parish hall", "قاعة الرعية", "سالن کلیسا"),
    VenueType.KAPI: (
        "ΚΑΠΗ",
        "Day centre for older people",
        "مركز نهاري لكبار السن",
        "مرکز روزانهٔ سالمندان",
    ),
    VenueType.COMMUNITY_HALL: (
        "Πνευματικό Κέντρο",
        "Community hall",
        "القاعة المجتمعية",
        "سالن فرهنگی محله",
    ),
}

BRANCH_INTRO = {
    "el": "Παράρτημα του Κέντρου Κοινότητας. Ελάτε με ή χωρίς ραντεβού.",
    "en": "A branch of the Community Centre. Come with or without an appointment.",
    "ar": "فرع من فروع مركز المجتمع المحلي. تعال بموعد أو دون موعد.",
    "fa": "شعبه‌ای از مرکز اجتماعی. با نوبت یا بدون نوبت بیایید.",
}
UNIT_INTRO = {
    "el": "Η κινητή μονάδα έρχεται στις γειτονιές σας σε σταθερές μέρες κάθε μήνα.",
    "en": "The mobile unit comes to your neighbourhood on set days every month.",
    "ar": "تأتي الوحدة المتنقلة إلى حيّك في أيام ثابتة كل شهر.",
    "fa": "واحد سیار در روزهای مشخصی از هر ماه به محلهٔ شما می‌آید.",
}


@dataclass
class RegionalNetwork:
    """What was built: the ids the appointments are spread over."""

    branch_ids: list = field(default_factory=list)
    unit_ids: list = field(default_factory=list)
    stop_ids: list = field(default_factory=list)
    service_ids: list = field(default_factory=list)
    offerings: int = 0

    def pages(self):
        """Every page built or changed: the new places and the services offered there."""
        ids = [*self.branch_ids, *self.unit_ids, *self.service_ids]
        return list(Page.objects.filter(pk__in=ids).specific())


def is_loaded():
    return Community.objects.filter(slug__startswith=REGIONAL_PREFIX).exists()


def scaled(count, scale):
    return max(1, round(count * scale))


def load_regional(stdout, *, scale=1.0, seed=0):
    """Build the network; returns a `RegionalNetwork`. Run inside a transaction."""
    rng = random.Random(f"regional-catalogue-{seed}")
    places_index = PlacesIndexPage.objects.get()
    valid_from = datetime.date(timezone.localdate().year - 1, 1, 1)
    communities = _communities()
    network = RegionalNetwork()
    branches = [
        _branch(places_index, number, communities, rng, valid_from)
        for number in range(1, scaled(BRANCHES, scale) + 1)
    ]
    network.branch_ids = [page.pk for page in branches]
    unit_count = scaled(MOBILE_UNITS, scale)
    stop_count = max(unit_count, scaled(STOPS, scale))
    units = [
        _unit(
            places_index,
            number,
            stop_count // unit_count + (1 if number <= stop_count % unit_count else 0),
            communities,
            rng,
            valid_from,
        )
        for number in range(1, unit_count + 1)
    ]
    network.unit_ids = [page.pk for page in units]
    network.stop_ids = list(
        Stop.objects.filter(mobile_unit__in=network.unit_ids).values_list("pk", flat=True)
    )
    network.offerings, network.service_ids = _offerings(branches, units, rng)
    stdout.write(
        f"Regional catalogue: {len(branches)} branches, {len(units)} mobile units, "
        f"{len(network.stop_ids)} stops, {network.offerings} offerings"
    )
    return network


def _communities():
    communities = []
    for order, (slug, *names) in enumerate(MUNICIPALITIES):
        community = Community(slug=f"{REGIONAL_PREFIX}{slug}", sort_order=100 + order)
        set_translated(community, "name", dict(zip(("el", "en", "ar", "fa"), names, strict=True)))
        community.save()
        communities.append((community, slug, names))
    return communities


def _address(rng):
    number = rng.randint(1, 180)
    el, en, ar, fa = rng.choice(STREETS)
    greek = f"{el} {number}"
    return {
        "el": greek,
        "en": f"{number} {en}",
        "ar": f"{ar} {number} ({greek})",
        "fa": f"{fa}، پلاک {number} ({greek})",
    }


def _coordinates(rng):
    return {
        "latitude": Decimal(f"{rng.uniform(37.90, 38.08):.6f}"),
        "longitude": Decimal(f"{rng.uniform(23.40, 23.75):.6f}"),
    }


def _translated(page, values):
    for name, value in values.items():
        set_translated(page, name, value)


def _window(model, rule, start, end, capacity, valid_from, order, **place):
    return model(
        recurrence=recurrence.deserialize(rule),
        start_time=datetime.time.fromisoformat(start),
        end_time=datetime.time.fromisoformat(end),
        capacity=capacity,
        valid_from=valid_from,
        sort_order=order,
        **place,
    )


def _branch(parent, number, communities, rng, valid_from):
    community, slug, (el, en, ar, fa) = communities[(number - 1) % len(communities)]
    page = BranchPage(
        community=community, postal_code=f"1{rng.randint(2100, 9999)}", **_coordinates(rng)
    )
    _translated(
        page,
        {
            "title": {
                "el": f"Παράρτημα {number} · {el}",
                "en": f"Branch {number} · {en}",
                "ar": f"الفرع {number} · {ar}",
                "fa": f"شعبهٔ {number} · {fa}",
            },
            "slug": {
                "el": f"parartima-{number}-{slug}",
                "en": f"branch-{number}-{slug}",
                "ar": f"الفرع-{number}",
                "fa": f"شعبه-{number}",
            },
            "intro": BRANCH_INTRO,
            "address": _address(rng),
        },
    )
    page.phone = f"+30 210 {rng.randint(4000000, 5999999)}"
    page.email = f"branch{number}@example.org"
    start, end = rng.choice([("08:00", "16:00"), ("09:00", "17:00")])
    capacity = rng.randint(2, 4)
    schedules = [
        _window(
            BranchSchedule,
            "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            start,
            end,
            capacity,
            valid_from,
            0,
        )
    ]
    if rng.random() < 0.3:  # an evening for people who work
        schedules.append(
            _window(BranchSchedule, "RRULE:FREQ=WEEKLY;BYDAY=TU,TH", end, "19:00", 1, valid_from, 1)
        )
    page.schedules = schedules
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _unit(parent, number, stop_count, communities, rng, valid_from):
    label = number + 2  # the demo has mobile units 1 and 2
    page = MobileUnitPage(phone=f"+30 69{rng.randint(40000000, 99999999)}")
    _translated(
        page,
        {
            "title": {
                "el": f"Κινητή Μονάδα {label}",
                "en": f"Mobile Unit {label}",
                "ar": f"الوحدة المتنقلة {label}",
                "fa": f"واحد سیار {label}",
            },
            "slug": {
                "el": f"kiniti-monada-{label}",
                "en": f"mobile-unit-{label}",
                "ar": f"الوحدة-المتنقلة-{label}",
                "fa": f"واحد-سیار-{label}",
            },
            "intro": UNIT_INTRO,
        },
    )
    # A van's month: four weeks, five weekdays, morning or afternoon. Each
    # stop takes one or two of these (a monthly visit each), so the visits
    # of one van never overlap while it has fewer than 40 of them.
    free = [(week, day, half) for week in range(1, 5) for day in WEEKDAYS for half in (0, 1)]
    rng.shuffle(free)
    stops = []
    for index in range(stop_count):
        community, _slug, municipality = communities[(number + index) % len(communities)]
        venue_type = rng.choice(list(VENUES))
        venue = VENUES[venue_type]
        stop = Stop(
            community=community,
            venue_type=venue_type,
            postal_code=f"1{rng.randint(2100, 9999)}",
            sort_order=index,
            **_coordinates(rng),
        )
        set_translated(
            stop,
            "name",
            {
                lang: f"{municipality[i]} · {venue[i]} {index + 1}"
                for i, lang in enumerate(("el", "en", "ar", "fa"))
            },
        )
        set_translated(stop, "address", _address(rng))
        visits = []
        for order in range(1 if rng.random() < 0.6 else 2):
            week, day, half = (
                free.pop() if free else (rng.randint(1, 4), rng.choice(WEEKDAYS), order)
            )
            start, end = (("09:30", "12:30"), ("13:30", "16:30"))[half]
            visits.append(
                _window(
                    StopSchedule,
                    f"RRULE:FREQ=MONTHLY;BYDAY=+{week}{day}",
                    start,
                    end,
                    rng.randint(1, 2),
                    valid_from,
                    order,
                )
            )
        stop.visits = visits
        stops.append(stop)
    page.stops = stops
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _offerings(branches, units, rng):
    """Offer the demo's services at the new places; publish each service's new revision."""
    services = list(ServicePage.objects.live().order_by("path"))
    if not services:
        return 0, []
    bookable = [s for s in services if s.bookable]
    van_services = [s for s in bookable if s.at_mobile_unit] or bookable or services
    rows = []
    for branch in branches:
        # Every branch welcomes people (the first service); most offer most others.
        offered = [services[0]] + [s for s in services[1:] if rng.random() < 0.7]
        for service in offered:
            minutes = 60 if service.bookable and rng.random() < 0.1 else None
            rows.append(Offering(service=service, branch=branch, minutes=minutes))
    for unit in units:
        for service in rng.sample(van_services, min(len(van_services), rng.randint(2, 4))):
            rows.append(Offering(service=service, mobile_unit=unit))
    start = {s.pk: s.offerings.count() for s in services}
    for row in rows:
        row.sort_order = start[row.service_id]
        start[row.service_id] += 1
    Offering.objects.bulk_create(rows, batch_size=500)
    service_ids = sorted({row.service_id for row in rows})
    for service_id in service_ids:
        page = Page.objects.get(pk=service_id).specific
        page.save_revision().publish()
    return len(rows), service_ids
