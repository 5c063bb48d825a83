"""Figures on pages (Greek and Arabic), the chart's table, the API, and the front desk's
two-click record of a walk-in or a call."""

import re

from django.test import override_settings

import pytest

from figures.choices import ContactKind
from figures.models import ContactRecord
from tests import builders as b
from tests.api_schema import assert_matches_schema
from tests.figures.builders import ATTENDED, at, contact, past_appointments
from tests.helpers import login_staff

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clock", "start_date")]


@pytest.fixture
def start_date():
    with override_settings(FIGURES_START_DATE="2026-11-01"):
        yield


RECORD = "/admin/record-a-visit/"


@pytest.fixture
def served(bookable):
    branch, service = bookable["branch"], bookable["service"]
    past_appointments(
        [(service, branch, at("2026-12-14"), ATTENDED)] * 3
        + [(service, branch, at("2027-01-08"), ATTENDED)] * 2
    )
    contact(branch, at("2027-01-07"), service=service)
    contact(bookable["stop"], at("2027-01-07"), ContactKind.PHONE)
    return bookable


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_branch_page_shows_its_figures_with_a_chart_and_its_table_in_greek(client, served):
    html = client.get(b.url(served["branch"], "el")).content.decode()
    words = text(html)
    assert "Πόσους εξυπηρετήσαμε εδώ" in words
    assert "Άτομα που εξυπηρετήσαμε από 1/11/2026 6" in words
    assert "Τις τελευταίες 30 ημέρες 6" in words
    assert "Κατά μέσο όρο ανά εργάσιμη ημέρα 0,4" in words  # 6 / 17, Greek decimal comma
    assert re.search(r'<rect x="\d+\.\d" y="[\d.]+" width="[\d.]+"', html)  # not "4,0"
    assert "6 άτομα" in words  # the service, most asked for
    # The chart is drawn on the server and hidden from screen readers; the table says it.
    assert '<svg class="bar-chart"' in html and 'aria-hidden="true"' in html
    table = html[html.index('<table class="figures__table">') : html.index("</table>")]
    assert "<caption>" in table and '<th scope="col">Μήνας</th>' in table
    assert re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', table) == [
        ("Νοέμβριος 2026", "0"),
        ("Δεκέμβριος 2026", "3"),
        ("Ιανουάριος 2027", "3"),
    ]
    assert "<script" not in html[html.index('class="figures"') :].split("</section>")[0]


def test_the_figures_in_arabic_run_right_to_left(client, served):
    html = client.get(b.url(served["branch"], "ar")).content.decode()
    assert 'dir="rtl"' in html
    words = text(html)
    assert "عدد من خدمناهم هنا" in words and "في آخر 30 يومًا 6" in words
    assert "كانون الأول (ديسمبر) 2026" in words
    bars = re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="([\d.]+)"', html)
    xs = [float(x) for x, _height in bars]  # SVG numbers never take the Arabic comma
    assert len(xs) == 3 and xs == sorted(xs, reverse=True)  # oldest month on the right


def test_the_home_page_shows_the_network_figures(client, served):
    words = text(client.get("/en/").content.decode())
    assert "People served by the network" in words
    assert "People served since 1/11/2026 7" in words  # 5 appointments, a walk-in, a call
    assert "appointments attended, walk-ins and phone enquiries" in words


def test_a_van_and_its_stop_show_their_own_figures(client, served):
    unit_words = text(client.get(b.url(served["unit"], "en")).content.decode())
    assert "People served since 1/11/2026 1" in unit_words
    stop_words = text(client.get(b.stop_url(served["stop"], "en")).content.decode())
    assert "People served since 1/11/2026 1" in stop_words


def test_the_api_gives_the_figures_of_the_network_and_of_a_place(client, served, openapi):
    answer = client.get("/api/v1/figures")
    assert_matches_schema(openapi, "/api/v1/figures", "get", 200, answer.json())
    network = answer.json()
    assert (network["subject"], network["total"], network["last_30_days"]) == ("network", 7, 7)
    assert network["working_days_last_30_days"] == 17 and network["per_working_day"] == 0.4
    answer = client.get(f"/api/v1/figures/{served['branch'].place_id}")
    assert_matches_schema(openapi, "/api/v1/figures/{subject_id}", "get", 200, answer.json())
    place = answer.json()
    assert place["total"] == 6 and place["top_services"] == [
        {"service_id": served["service"].pk, "name": served["service"].title, "count": 6}
    ]
    assert place["months"] == [
        {"month": "2026-11", "count": 0},
        {"month": "2026-12", "count": 3},
        {"month": "2027-01", "count": 3},
    ]
    unit = client.get(f"/api/v1/figures/unit-{served['unit'].pk}").json()
    assert unit["total"] == 1
    for bad in ("branch-0", "stop-99999999999", "unit-x", "nothing"):
        answer = client.get(f"/api/v1/figures/{bad}", HTTP_ACCEPT_LANGUAGE="en")
        assert answer.status_code == 404 and "No location with this id" in answer.json()["detail"]
        assert_matches_schema(openapi, "/api/v1/figures/{subject_id}", "get", 404, answer.json())


def test_a_walk_in_is_recorded_in_two_clicks(client, bookable):
    desk = b.staff_user("desk", groups=["Front desk"], branches=[bookable["branch"]])
    login_staff(client, desk)
    # Click one: the menu item. The user's only place is preselected, no service asked.
    page = client.get(RECORD)
    html = page.content.decode()
    assert page.status_code == 200
    assert f'<option value="{bookable["branch"].place_id}" selected>' in html
    assert bookable["stop"].place_id not in html  # not one of this user's places
    # Click two: the button (the form as the browser sends it).
    done = client.post(
        RECORD, {"place": bookable["branch"].place_id, "service": "", "kind": "walk_in"}
    )
    assert done.status_code == 302 and done.url == RECORD
    record = ContactRecord.objects.get()
    assert (record.kind, record.branch, record.stop, record.service, record.recorded_by) == (
        ContactKind.WALK_IN,
        bookable["branch"],
        None,
        None,
        desk,
    )
    after = client.get(RECORD).content.decode()
    assert "Walk-in recorded at" in after or "Καταγράφηκε επίσκεψη χωρίς ραντεβού" in after


def test_a_record_elsewhere_or_without_a_button_is_refused_with_a_message(client, bookable):
    desk = b.staff_user("desk2", groups=["Front desk"], branches=[bookable["branch"]])
    login_staff(client, desk)
    elsewhere = client.post(RECORD, {"place": bookable["stop"].place_id, "kind": "phone"})
    assert elsewhere.status_code == 400
    no_button = client.post(RECORD, {"place": bookable["branch"].place_id})
    assert no_button.status_code == 400
    bad_service = client.post(
        RECORD, {"place": bookable["branch"].place_id, "kind": "phone", "service": "\x00"}
    )
    assert bad_service.status_code == 400
    assert not ContactRecord.objects.exists()
    nobody = b.staff_user("editor2", groups=["Editors"])
    assert login_staff(client, nobody).get(RECORD).status_code in (302, 403)
