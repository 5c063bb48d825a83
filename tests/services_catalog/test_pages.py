"""Public pages of the catalogue: services, branch, mobile unit, stops, places, search, home."""

import datetime
import json
import re
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django import forms
from django.utils import translation

import pytest

from services_catalog.schedule_text import describe_window
from tests import builders as b
from tests.clock import NOW, SUNDAY

pytestmark = [pytest.mark.django_db, pytest.mark.clock(SUNDAY)]

D = datetime.date
ATHENS = ZoneInfo("Europe/Athens")
MONDAY = NOW
STRIKE = NOW + datetime.timedelta(days=1)  # the branch is closed that day

PSYCH_TITLES = {
    "el": "Ψυχολογική υποστήριξη",
    "en": "Psychological support",
    "ar": "الدعم النفسي",
    "fa": "حمایت روانی",
}
PSYCH_SUMMARIES = {
    "el": "Συζήτηση με ψυχολόγο, δωρεάν.",
    "en": "Talk with a psychologist, free of charge.",
    "ar": "تحدث مع أخصائي نفسي مجانا.",
    "fa": "گفتگو با روانشناس، رایگان.",
}
KEM_TITLES = {
    "el": "Κέντρο Ένταξης Μεταναστών",
    "en": "Migrant Integration Centre",
    "ar": "مركز إدماج المهاجرين",
    "fa": "مرکز ادغام مهاجران",
}
UNIT_TITLES = {
    "el": "Κινητή Μονάδα Νίκαιας",
    "en": "Nikaia Mobile Unit",
    "ar": "الوحدة المتنقلة في نيكيا",
    "fa": "واحد سیار نیکایا",
}
HEALTH_NAMES = {
    "el": "Κέντρο Υγείας Νίκαιας",
    "en": "Nikaia Health Centre",
    "ar": "المركز الصحي في نيكيا",
    "fa": "مرکز بهداشت نیکایا",
}


@pytest.fixture(scope="module")
def net(django_db_setup, django_db_blocker):
    """A branch in one community, a van with stops in another, two services: built once."""
    with b.built_once_per_module(django_db_blocker):
        centre = b.community("pg-centre", "Κέντρο Πειραιά", en="Piraeus Centre")
        nikaia = b.community("pg-nikaia", "Νίκαια", en="Nikaia")
        psychosocial = b.category("pg-psychosocial", "Ψυχοκοινωνική στήριξη")
        legal_cat = b.category("pg-legal", "Νομική στήριξη")
        children = b.target_group("pg-children", "Παιδιά")
        migrants = b.target_group("pg-migrants", "Μετανάστες")
        kem = b.branch(
            titles=KEM_TITLES,
            community_obj=centre,
            accessibility={"el": "Ράμπα στην είσοδο", "en": "Ramp at the entrance"},
            email="kem@example.gr",
        )
        b.cancel(kem, D(2027, 1, 12), reason="Απεργία")
        unit = b.mobile_unit(titles=UNIT_TITLES, intro={"el": "Το βαν μας.", "en": "Our van."})
        health = b.stop(unit, names=HEALTH_NAMES, community_obj=nikaia)  # 1st and 3rd Tuesday
        church = b.stop(
            unit,
            names={"el": "Αίθουσα Αγίου Νικολάου", "en": "St Nicholas Hall"},
            community_obj=nikaia,
            rule="RRULE:FREQ=WEEKLY;BYDAY=TH",
            start="17:00",
            end="19:00",
        )
        other_unit = b.mobile_unit(titles={"el": "Κινητή Μονάδα Πειραιά", "en": "Piraeus Van"})
        kapi = b.stop(
            other_unit,
            names={"el": "ΚΑΠΗ Πειραιά", "en": "Piraeus Day Centre"},
            community_obj=centre,
            rule="RRULE:FREQ=WEEKLY;BYDAY=MO",
            start="11:00",
            end="13:00",
        )
        psych = b.service(
            titles=PSYCH_TITLES,
            summary=PSYCH_SUMMARIES,
            branches=[kem],
            category_obj=psychosocial,
            by_phone=True,
            show_on_home_page=True,
            what_to_bring={
                "el": "<p>Ταυτότητα ή διαβατήριο</p>",
                "en": "<p>An identity card or a passport</p>",
            },
        )
        psych.target_groups.set([children, migrants])
        psych.save()
        legal = b.service(
            titles={"el": "Νομική πληροφόρηση", "en": "Legal information"},
            units=[unit],
            category_obj=legal_cat,
            at_branch=False,
            bookable=False,
        )
        legal.target_groups.set([migrants])
        legal.save()
        yield SimpleNamespace(
            kem=kem,
            unit=unit,
            other_unit=other_unit,
            health=health,
            church=church,
            kapi=kapi,
            psych=psych,
            legal=legal,
            services_url=b.url(b.services_index(), "en"),
            places_url=b.url(b.places_index(), "en"),
        )


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, url
    return response.content.decode()


def between(html, start, end):
    assert start in html, start
    return html.split(start, 1)[1].split(end, 1)[0]


def json_ld(html):
    (text,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(text)


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


def card_titles(html):
    return re.findall(r'<li class="card">\s*<h3><a href="[^"]+"[^>]*>([^<]+)</a>', html)


def visits(html):
    """(start, hours, status) of each visit in a list of visits."""
    found = []
    for classes, body in re.findall(r'<li class="visit([^"]*)">(.*?)</li>', html, re.S):
        start = re.search(r'<time datetime="([^"]+)">', body).group(1)
        hours = re.search(r'class="visit__hours">([^<]+)<', body).group(1)
        status = re.search(r'<strong class="visit__status">.*', body, re.S)
        text = " ".join(re.sub(r"<[^>]+>", "", status.group(0)).split()) if status else ""
        assert ("cancelled" in classes) == bool(text)
        found.append((start, hours, text))
    return found


def feed_links_are(html, feed):
    assert re.search(
        rf'<link rel="alternate" type="text/calendar" [^>]*href="http://testserver{feed}">', html
    ), feed
    assert f'href="webcal://testserver{feed}"' in html
    assert f'href="{feed}?download=1"' in html
    return True


# --- Services index ----------------------------------------------------------------------


def options(html, field):
    select = between(html, f'<select name="{field}"', "</select>")
    return [
        (value, " ".join(label.split()), bool(selected))
        for value, selected, label in re.findall(
            r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select
        )
    ]


def results_count(html):
    return " ".join(between(html, 'id="results" tabindex="-1">', "</h2>").split())


def test_services_index_without_filters_lists_every_service(client, net):
    html = get(client, net.services_url)

    assert sorted(card_titles(html)) == ["Legal information", "Psychological support"]
    assert results_count(html) == "2 services"
    assert options(html, "category") == [
        ("", "All", False),
        ("pg-legal", "Νομική στήριξη (1)", False),
        ("pg-psychosocial", "Ψυχοκοινωνική στήριξη (1)", False),
    ]
    assert "Show all services" not in html


@pytest.mark.parametrize(
    ("params", "titles", "counts"),
    [
        # The branch is in the centre, the van stops in Nikaia.
        ({"community": "pg-nikaia"}, ["Legal information"], {"pg-legal": 1, "pg-psychosocial": 0}),
        (
            {"community": "pg-centre"},
            ["Psychological support"],
            {"pg-legal": 0, "pg-psychosocial": 1},
        ),
        ({"category": "pg-legal"}, ["Legal information"], {"pg-legal": 1, "pg-psychosocial": 1}),
        (
            {"group": "pg-children"},
            ["Psychological support"],
            {"pg-legal": 0, "pg-psychosocial": 1},
        ),
        (
            {"group": "pg-migrants"},
            ["Legal information", "Psychological support"],
            {"pg-legal": 1, "pg-psychosocial": 1},
        ),
        (
            {"group": "pg-children", "community": "pg-nikaia"},
            [],
            {"pg-legal": 0, "pg-psychosocial": 0},
        ),
    ],
)
def test_services_index_filters_with_counts_per_category(client, net, params, titles, counts):
    html = get(client, net.services_url, **params)

    assert sorted(card_titles(html)) == titles
    assert results_count(html) == ("1 service" if len(titles) == 1 else f"{len(titles)} services")
    shown = {value: label for value, label, _selected in options(html, "category") if value}
    assert {
        value: int(re.search(r"\((\d+)\)$", label).group(1)) for value, label in shown.items()
    } == counts
    for field, value in params.items():
        assert (value, True) in [(v, selected) for v, _label, selected in options(html, field)]
    assert "Show all services" in html
    if not titles:
        assert "No service matches all these choices." in html


@pytest.mark.parametrize("params", [{"community": "atlantis"}, {"category": "x"}, {"group": "1"}])
def test_unknown_filter_values_are_400_and_the_page_still_works(client, net, params):
    html = get(client, net.services_url, status=400, **params)

    (field,) = params
    error = re.search(rf'<p class="field-error" id="id_{field}-error">([^<]+)</p>', html)
    with translation.override("en"):
        message = str(forms.ModelChoiceField.default_error_messages["invalid_choice"])
    assert error.group(1) == message
    assert "Some choices were not understood. Please choose again." in html
    assert sorted(card_titles(html)) == ["Legal information", "Psychological support"]
    assert "<h1>Services</h1>" in html


# --- Service page ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["el", "en", "ar", "fa"])
def test_service_page_in_every_language(client, net, lang):
    html = get(client, b.url(net.psych, lang))

    assert f"<h1>{PSYCH_TITLES[lang]}</h1>" in html
    assert f'<p class="lead">{PSYCH_SUMMARIES[lang]}</p>' in html
    assert f'<html lang="{lang}" dir="{"rtl" if lang in ("ar", "fa") else "ltr"}">' in html
    assert json_ld(html)["name"] == PSYCH_TITLES[lang]


def test_service_page_says_who_it_is_for_and_how_to_get_it(client, net):
    html = get(client, b.url(net.psych, "en"))

    tags = re.findall(r'<li class="tag[^"]*">([^<]+)</li>', html)
    assert tags == ["Free of charge", "Ψυχοκοινωνική στήριξη", "Παιδιά", "Μετανάστες"]
    channels = re.findall(r"<li>([^<]+)</li>", between(html, '<ul class="channels">', "</ul>"))
    assert channels == ["At a branch", "By phone"]
    assert '<div class="rich-text"><p>An identity card or a passport</p></div>' in html


def test_service_page_lists_the_branch_with_its_address(client, net):
    html = get(client, b.url(net.psych, "en"))

    where = between(html, "<h2>Where</h2>", "\n  </ul>\n")  # the card list, past the map links
    assert f'<a href="{b.url(net.kem, "en")}">Migrant Integration Centre</a>' in where
    assert f"<span>{net.kem.address_en}</span>" in where
    assert '<bdi dir="ltr" class="nowrap">185 35</bdi>' in where
    assert 'href="tel:2104120000"' in where


def test_service_page_of_a_van_service_links_the_mobile_unit(client, net):
    html = get(client, b.url(net.legal, "en"))

    where = between(html, "<h2>Where</h2>", "\n  </ul>\n")  # the card list, past the map links
    assert f'<a href="{b.url(net.unit, "en")}">Nikaia Mobile Unit</a>' in where
    assert "Migrant Integration Centre" not in where
    assert re.findall(r"<li>([^<]+)</li>", between(html, '<ul class="channels">', "</ul>")) == [
        "At a mobile-unit stop"
    ]
    assert "What to bring" not in html


def test_service_page_is_a_schema_org_government_service(client, net):
    html = get(client, b.url(net.psych, "en"))

    data = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Psychological support"
    assert data["description"] == PSYCH_SUMMARIES["en"]
    assert data["url"] == canonical(html) == f"http://testserver{b.url(net.psych, 'en')}"
    assert data["provider"]["@type"] == "GovernmentOrganization"
    assert data["provider"]["name"] == "Municipal Community Centre"
    assert data["isAccessibleForFree"] is True
    assert [a["audienceType"] for a in data["audience"]] == ["Παιδιά", "Μετανάστες"]
    (channel,) = data["availableChannel"]
    assert channel["name"] == "Migrant Integration Centre"
    location = channel["serviceLocation"]
    assert location["url"] == f"http://testserver{b.url(net.kem, 'en')}"
    assert location["address"]["streetAddress"] == net.kem.address_en
    assert location["address"]["addressRegion"] == "Piraeus Centre"


def test_van_service_channel_is_the_mobile_unit_page(client, net):
    data = json_ld(get(client, b.url(net.legal, "en")))

    assert data["availableChannel"] == [
        {
            "@type": "ServiceChannel",
            "name": "Nikaia Mobile Unit",
            "serviceUrl": f"http://testserver{b.url(net.unit, 'en')}",
        }
    ]


# --- Branch page -------------------------------------------------------------------------


def today_status(html):
    section = between(html, '<section aria-labelledby="today-heading" class="today">', "</section>")
    return [
        " ".join(re.sub(r"<[^>]+>", "", text).split())
        for text in re.findall(r'<p class="status[^"]*">(.*?)</p>', section, re.S)
    ]


@pytest.mark.parametrize(
    ("now", "status"),
    [
        (MONDAY, ["Open today 08:00–16:00"]),
        (SUNDAY, ["Closed today"]),
        (STRIKE, ["Closed today: Απεργία"]),
        (
            datetime.datetime(2027, 1, 6, 9, 0, tzinfo=ATHENS),
            ["Closed today: public holiday (Epiphany)"],
        ),
    ],
)
def test_branch_says_whether_it_is_open_today(client, net, clock, now, status):
    clock.move_to(now)
    html = get(client, b.url(net.kem, "en"))

    assert today_status(html) == status


def test_branch_page_shows_hours_closures_services_and_feed(client, net, clock):
    html = get(client, b.url(net.kem, "en"))

    assert "<h1>Migrant Integration Centre</h1>" in html
    hours = re.findall(r"<li>([^<]+)</li>", between(html, "<h2>Opening hours</h2>", "</ul>"))
    with translation.override("en"):
        assert hours == [describe_window(net.kem.schedules.get())]
    assert "Monday" in hours[0] and "Friday" in hours[0] and "08:00–16:00" in hours[0]
    closures = visits(between(html, "<h3>Upcoming closures</h3>", "</ul>"))
    assert closures[0] == ("2027-01-12T08:00:00+02:00", "08:00–16:00", "Cancelled: Απεργία")
    # Clean Monday and 25 March are in the next 90 days, named in the page language.
    assert [start[:10] for start, _h, _s in closures] == ["2027-01-12", "2027-03-15", "2027-03-25"]
    assert closures[1][2] == "Cancelled: public holiday (Green Monday)"
    services = between(html, "<h2>Services here</h2>", "</ul>")
    assert f'<a href="{b.url(net.psych, "en")}">Psychological support</a>' in services
    assert "Legal information" not in services
    assert '<bdi dir="ltr"><a href="mailto:kem@example.gr">kem@example.gr</a></bdi>' in html
    assert "<p>Ramp at the entrance</p>" in html
    assert feed_links_are(html, f"/en/ical/branches/{net.kem.pk}.ics")


def test_branch_page_is_a_schema_org_place_with_address_and_geo(client, net, clock):
    html = get(client, b.url(net.kem, "en"))

    data = json_ld(html)
    assert data["@type"] == "Place"
    assert data["name"] == "Migrant Integration Centre"
    assert data["url"] == canonical(html)
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": net.kem.address_en,
        "postalCode": "185 35",
        "addressRegion": "Piraeus Centre",
        "addressCountry": "GR",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 37.9431, "longitude": 23.6469}
    assert data["telephone"] == "210 412 0000"
    assert data["amenityFeature"][0]["name"] == "Ramp at the entrance"


# --- Mobile unit and stop pages ----------------------------------------------------------


def stop_sections(html):
    """{stop name: (link, [visits])} of the mobile unit page."""
    sections = {}
    for body in re.findall(r'<section class="stop"(.*?)</section>', html, re.S):
        href, name = re.search(
            r'<h3 id="stop-\d+"><a href="([^"]+)"[^>]*>([^<]+)</a>', body
        ).groups()
        sections[name] = (href, visits(body))
    return sections


def test_mobile_unit_page_lists_each_stop_with_its_next_visits(client, net, clock):
    html = get(client, b.url(net.unit, "en"))

    assert "<h1>Nikaia Mobile Unit</h1>" in html
    assert stop_sections(html) == {
        "Nikaia Health Centre": (
            b.stop_url(net.health, "en"),
            [
                ("2027-01-19T10:00:00+02:00", "10:00–13:30", ""),
                ("2027-02-02T10:00:00+02:00", "10:00–13:30", ""),
                ("2027-02-16T10:00:00+02:00", "10:00–13:30", ""),
            ],
        ),
        "St Nicholas Hall": (
            b.stop_url(net.church, "en"),
            [
                ("2027-01-14T17:00:00+02:00", "17:00–19:00", ""),
                ("2027-01-21T17:00:00+02:00", "17:00–19:00", ""),
                ("2027-01-28T17:00:00+02:00", "17:00–19:00", ""),
            ],
        ),
    }
    services = between(html, "<h2>Services in the van</h2>", "</ul>")
    assert "Legal information" in services
    assert "Psychological support" not in services
    assert feed_links_are(html, f"/en/ical/mobile-units/{net.unit.pk}.ics")


def test_a_cancelled_visit_is_shown_with_its_reason_on_the_unit_page(client, net, clock):
    b.cancel(net.health, D(2027, 2, 2), reason="Το όχημα είναι στο συνεργείο")

    html = get(client, b.url(net.unit, "en"))

    _href, health = stop_sections(html)["Nikaia Health Centre"]
    assert health[1] == (
        "2027-02-02T10:00:00+02:00",
        "10:00–13:30",
        "Cancelled: Το όχημα είναι στο συνεργείο",
    )


def test_stop_page_shows_the_stop_its_next_visits_and_feed(client, net, clock):
    url = b.stop_url(net.health, "en")
    assert url == f"{b.url(net.unit, 'en')}stops/{net.health.pk}/"

    html = get(client, url)

    assert "<h1>Nikaia Health Centre</h1>" in html
    assert "<title>Nikaia Health Centre · Nikaia Mobile Unit · " in html
    assert "Nikaia Mobile Unit stops here." in html
    found = visits(between(html, "<h2>Next visits</h2>", "</ul>\n\n"))
    assert found[:3] == [
        ("2027-01-19T10:00:00+02:00", "10:00–13:30", ""),
        ("2027-02-02T10:00:00+02:00", "10:00–13:30", ""),
        ("2027-02-16T10:00:00+02:00", "10:00–13:30", ""),
    ]
    assert len(found) == 8
    # The rule in words, and the services of its van.
    with translation.override("en"):
        sentence = describe_window(net.health.visits.get())
    assert f"<li>{sentence}</li>" in html
    assert "Tuesday" in sentence and "10:00–13:30" in sentence
    assert "Legal information" in between(html, "<h2>Services in the van</h2>", "</ul>")
    assert feed_links_are(html, f"/en/ical/stops/{net.health.pk}.ics")


@pytest.mark.parametrize("lang", ["el", "en", "ar", "fa"])
def test_stop_page_language_switcher_leads_to_the_same_stop(client, net, clock, lang):
    html = get(client, b.stop_url(net.health, lang))

    nav = between(html, '<nav class="language-switcher"', "</nav>")
    links = {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)}
    assert links == {code: b.stop_url(net.health, code) for code in ("el", "en", "ar", "fa")}
    assert all(f"/stops/{net.health.pk}/" in href for href in links.values())
    assert f"<h1>{HEALTH_NAMES[lang]}</h1>" in html
    for code in ("el", "en", "ar", "fa"):
        assert (
            f'<link rel="alternate" hreflang="{code}" '
            f'href="http://testserver{b.stop_url(net.health, code)}">'
        ) in html


@pytest.mark.parametrize("which", ["unknown", "other_unit"])
def test_unknown_stop_is_404(client, net, which):
    stop_id = 999999 if which == "unknown" else net.kapi.pk

    html = get(client, f"{b.url(net.unit, 'en')}stops/{stop_id}/", status=404)

    assert "<h1>Page not found</h1>" in html


def test_stop_page_is_a_schema_org_place_with_its_visits_as_events(client, net, clock):
    html = get(client, b.stop_url(net.health, "en"))

    data = json_ld(html)
    place, *events = data["@graph"]
    assert place["@type"] == "Place"
    assert place["name"] == "Nikaia Health Centre"
    assert place["url"] == canonical(html)
    assert place["address"]["addressRegion"] == "Nikaia"
    assert "geo" in place
    assert [e["@type"] for e in events] == ["Event"] * len(events)
    assert events[0]["startDate"] == "2027-01-19T10:00:00+02:00"
    assert events[0]["name"] == "Nikaia Mobile Unit at Nikaia Health Centre"
    assert events[0]["location"]["url"] == canonical(html)
    assert len(events) == 7  # the eighth visit (4 May) falls on the Labour Day holiday


# --- Places index ------------------------------------------------------------------------


def test_places_index_lists_branches_units_and_stops_by_community(client, net):
    html = get(client, net.places_url)

    branches = between(html, "<h2>Branches</h2>", "</ul>")
    assert f'<a href="{b.url(net.kem, "en")}">Migrant Integration Centre</a>' in branches
    assert net.kem.address_en in branches
    units = between(html, "<h2>Mobile units</h2>", "</ul>")
    assert card_titles(units + "</ul>") == ["Nikaia Mobile Unit", "Piraeus Van"]
    table = between(html, '<table class="stops-table">', "</table>")
    rows = [
        (href, name, " ".join(re.sub(r"<[^>]+>", "", address).split()), community, unit)
        for href, name, address, community, unit in re.findall(
            r'<th scope="row"><a href="([^"]+)"[^>]*>([^<]+)</a></th>\s*<td[^>]*>(.*?)</td>\s*'
            r"<td>([^<]+)</td>\s*<td>([^<]+)</td>",
            table,
            re.S,
        )
    ]
    # Ordered by community, then by name.
    assert [(name, community, unit) for _h, name, _a, community, unit in rows] == [
        ("Piraeus Day Centre", "Piraeus Centre", "Piraeus Van"),
        ("Nikaia Health Centre", "Nikaia", "Nikaia Mobile Unit"),
        ("St Nicholas Hall", "Nikaia", "Nikaia Mobile Unit"),
    ]
    assert rows[1][0] == b.stop_url(net.health, "en")
    assert rows[1][2] == net.health.address_el


# --- Search ------------------------------------------------------------------------------


def result_pks(response):
    return [page.pk for page in response.context["results"]]


@pytest.mark.parametrize(
    ("lang", "words", "which"),
    [
        ("en", "Ψυχολογική", "psych"),
        ("el", "ψυχολογική υποστήριξη", "psych"),
        ("el", "المهاجرين", "kem"),
        ("ar", "إدماج", "kem"),
        ("fa", "سیار", "unit"),
        ("en", "نیکایا", "unit"),
    ],
)
def test_search_finds_catalogue_pages_by_words_in_any_language(client, net, lang, words, which):
    response = client.get(f"/{lang}/search/", {"q": words})

    assert response.status_code == 200
    assert getattr(net, which).pk in result_pks(response)


def test_search_shows_the_result_in_the_language_of_the_interface(client, net):
    html = get(client, "/ar/search/", q="المهاجرين")

    assert f'<a href="{b.url(net.kem, "ar")}">{KEM_TITLES["ar"]}</a>' in html


# --- Home page ---------------------------------------------------------------------------


def test_home_page_lists_the_key_services(client, net, clock):
    html = get(client, "/en/")

    section = between(html, '<section class="key-services"', "</section>")
    assert card_titles(section) == ["Psychological support"]
    assert f'<a href="{b.url(net.psych, "en")}">Psychological support</a>' in section
    assert f'<a href="{net.services_url}">All our services</a>' in section


def test_home_page_lists_the_next_visits_with_links_to_the_stops(client, net, clock):
    html = get(client, "/en/")

    section = between(html, '<section class="next-visits"', "</section>")
    entries = re.findall(
        r'<time datetime="([^"]+)">.*?<br><a href="([^"]+)">([^<]+)</a> · ([^<\n]+)', section, re.S
    )
    assert [(start, href, name, unit.strip()) for start, href, name, unit in entries] == [
        (
            "2027-01-11T11:00:00+02:00",
            b.stop_url(net.kapi, "en"),
            "Piraeus Day Centre",
            "Piraeus Van",
        ),
        (
            "2027-01-14T17:00:00+02:00",
            b.stop_url(net.church, "en"),
            "St Nicholas Hall",
            "Nikaia Mobile Unit",
        ),
        (
            "2027-01-18T11:00:00+02:00",
            b.stop_url(net.kapi, "en"),
            "Piraeus Day Centre",
            "Piraeus Van",
        ),
        (
            "2027-01-19T10:00:00+02:00",
            b.stop_url(net.health, "en"),
            "Nikaia Health Centre",
            "Nikaia Mobile Unit",
        ),
    ]


def test_home_page_next_visits_move_on_with_the_clock(client, net, clock):
    clock.move_to(NOW + datetime.timedelta(hours=5))  # Monday 14:00
    html = get(client, "/en/")

    section = between(html, '<section class="next-visits"', "</section>")
    # The visit of 11 January ended at 13:00.
    assert re.findall(r'<time datetime="([^"]+)">', section) == [
        "2027-01-14T17:00:00+02:00",
        "2027-01-18T11:00:00+02:00",
        "2027-01-19T10:00:00+02:00",
        "2027-01-21T17:00:00+02:00",
    ]
