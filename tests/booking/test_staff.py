"""Staff tools: the appointments admin, booking on behalf, citizen data, the staff feed.

Who may do what is checked for five kinds of visitor: a superuser, a
front-desk user with every place ticked (`all_places`), a front-desk user limited to one
branch, a communications editor (Wagtail's "Editors" group) and an
anonymous visitor. The clock is pinned to Monday 11 January 2027, 09:00 in
Athens, so that today's free times start at 11:00 (two hours' notice).
"""

import csv
import datetime
import io
import json
import re

from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import icalendar
import openpyxl
import pytest

from booking import reservations
from booking.choices import Channel, Status
from booking.models import Appointment, StaffAccess, StaffFeedToken
from booking.slots import free_slots
from booking.views.staff import AppointmentIndexView
from services_catalog.schedules import ATHENS
from tests import builders as b
from tests.booking import builders as bb
from tests.booking.staff_helpers import (
    BOOK,
    CITIZEN_DATA,
    FEED_PAGE,
    INDEX,
    book_url,
    booking_answers,
    client_for,
    detail_url,
    lookup,
    new_feed_url,
    status_url,
)
from tests.clock import NOW, frozen
from tests.helpers import login_staff

FRONT_DESK = "Front desk"

HOME = reverse("wagtailadmin_home")
LOGIN = reverse("wagtailadmin_login")


pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """Two branches and a van stop offering one service; a second service at branch A;
    an appointment at each place today (the stop: Tuesday next week), one last week;
    the five kinds of visitor. Built once for the module, rolled back at its end."""
    with frozen(NOW), b.built_once_per_module(django_db_blocker):
        branch_a = b.branch("Παράρτημα Α", capacity=2)
        branch_b = b.branch("Παράρτημα Β", capacity=2)
        unit = b.mobile_unit("Κινητή Μονάδα 1")
        stop = b.stop(unit, "Πλατεία Αγίας Σοφίας", capacity=1)
        support = b.service("Ψυχολογική στήριξη", branches=[branch_a, branch_b], units=[unit])
        legal = b.service("Νομική συμβουλευτική", branches=[branch_a])

        def make(service, place, now=None, **details):
            slot = free_slots(service, places=[place.place_id], now=now)[0]
            return reservations.book(
                service=service, slot_key=slot.key, details=bb.citizen(**details), now=now
            )[0]

        yield {
            "branch_a": branch_a,
            "branch_b": branch_b,
            "unit": unit,
            "stop": stop,
            "support": support,
            "law": legal,
            "a": make(
                support,
                branch_a,
                name="Ελένη Αλεξίου",
                email="eleni@example.org",
                interpreter_needed=True,
                interpreter_language="ar",
            ),
            "b": make(support, branch_b, name="Νίκος Βασιλείου"),
            "van": make(support, stop, name="Σοφία Σταύρου"),
            "legal": make(legal, branch_a, name="Λένα Λαμπράκη"),
            "past": make(support, branch_a, now=NOW - datetime.timedelta(days=7), name="Παύλος Π"),
            "superuser": b.staff_user("root", superuser=True),
            "desk": b.staff_user("desk", groups=[FRONT_DESK], all_places=True),
            "desk_a": b.staff_user("desk_a", groups=[FRONT_DESK], branches=[branch_a]),
            "editor": b.staff_user("editor", groups=["Editors"]),
            "moderator": b.staff_user("moderator", groups=["Moderators"]),
            "viewer": b.staff_user(
                "viewer",
                permissions=["wagtailadmin.access_admin", "booking.view_appointment"],
                all_places=True,
            ),
        }


@pytest.fixture
def net(built, clock):
    """The module's rows, fetched again: what one test changes never leaks into the next."""
    return {key: type(obj).objects.get(pk=obj.pk) for key, obj in built.items()}


@pytest.fixture
def staff(net):
    users = ("superuser", "desk", "desk_a", "editor", "moderator", "viewer")
    return {**{kind: net[kind] for kind in users}, "anonymous": None}


def refs(response, net):
    """Which of the network's appointments a page shows (by reference)."""
    html = response.content.decode()
    return {key for key in ("a", "b", "van", "legal", "past") if net[key].display_reference in html}


def denied(response, user_kind):
    """Anonymous visitors go to the login page; staff without permission to the admin home."""
    if response.status_code != 302:
        return False
    if user_kind == "anonymous":
        return response.url.startswith(LOGIN)
    return response.url == HOME


# --- The group ---------------------------------------------------------------------


def test_the_front_desk_group_may_see_book_change_export_and_answer_data_requests():
    group = Group.objects.get(name=FRONT_DESK)

    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}

    assert granted == {
        "booking.view_appointment",
        "booking.add_appointment",
        "booking.change_appointment",
        "booking.export_appointment",
        "booking.manage_citizen_data",
        "wagtailadmin.access_admin",
        # Referrals to their places: seen and decided at the front desk (referrals 0001).
        "referrals.view_referral",
        "referrals.change_referral",
    }


# --- The list ---------------------------------------------------------------------------

INDEX_SEES = {
    "superuser": {"a", "b", "van", "legal"},
    "desk": {"a", "b", "van", "legal"},
    "desk_a": {"a", "legal"},
    "viewer": {"a", "b", "van", "legal"},
}


@pytest.mark.parametrize(
    "kind", ["superuser", "desk", "desk_a", "viewer", "editor", "moderator", "anonymous"]
)
def test_the_list_shows_today_and_later_at_the_users_places_only(net, staff, kind):
    response = client_for(staff[kind]).get(INDEX)

    if kind in INDEX_SEES:
        assert response.status_code == 200
        assert refs(response, net) == INDEX_SEES[kind]
    else:
        assert denied(response, kind)
        assert not refs(response, net)


def test_the_list_shows_name_phone_interpreter_status_and_channel(net, staff):
    html = client_for(staff["desk_a"]).get(INDEX).content.decode()

    row = re.search(
        rf"<tr[^>]*>(?:(?!</tr>).)*{net['a'].display_reference}(?:(?!</tr>).)*</tr>", html, re.S
    ).group(0)
    assert "Ελένη Αλεξίου" in row
    assert net["a"].phone in row
    assert "Αραβικά" in row
    assert "11:00" in row and "Παράρτημα Α" in row
    with translation.override("el"):
        assert str(Status.BOOKED.label) in row
        assert str(Channel.WEB.label) in row


def test_the_interpreter_language_reads_in_the_staff_members_admin_language(net, staff):
    desk = staff["desk_a"]
    profile = UserProfile.get_for_user(desk)
    profile.preferred_language = "en"
    profile.save()
    Appointment.objects.filter(pk=net["legal"].pk).update(
        interpreter_needed=True, interpreter_language="other", interpreter_language_other="Lingala"
    )

    html = client_for(desk).get(INDEX).content.decode()
    _header, *rows = csv_rows(client_for(desk).get(INDEX, {"export": "csv"}))

    assert "Arabic" in html and "العربية" not in html
    assert "Another language: Lingala" in html
    column = AppointmentIndexView.list_export.index("interpreter_language")
    assert {row[column] for row in rows} == {"Arabic", "Another language: Lingala"}


def test_the_admin_menu_offers_appointments_to_the_front_desk_but_not_to_editors(net, staff):
    desk_home = client_for(staff["desk"]).get(HOME).content.decode()
    editor_home = client_for(staff["editor"]).get(HOME).content.decode()
    moderator_home = client_for(staff["moderator"]).get(HOME).content.decode()
    viewer_home = client_for(staff["viewer"]).get(HOME).content.decode()

    for url in (INDEX, BOOK, CITIZEN_DATA, FEED_PAGE):
        assert url in desk_home
        assert url not in editor_home and url not in moderator_home
    assert INDEX in viewer_home and CITIZEN_DATA not in viewer_home and BOOK not in viewer_home
    assert reverse("front_desk_access:index") not in desk_home
    assert (
        reverse("front_desk_access:index")
        in client_for(staff["superuser"]).get(HOME).content.decode()
    )


def test_filters_narrow_the_list(net, staff):
    client = client_for(staff["desk"])

    def shown(**params):
        return refs(client.get(INDEX, params), net)

    assert shown(place=f"branch-{net['branch_a'].pk}") == {"a", "legal"}
    results = client.get(reverse("appointments:index_results"), {"place": f"unit-{net['unit'].pk}"})
    assert refs(results, net) == {"van"}
    assert shown(place=f"branch-{net['branch_b'].pk}") == {"b"}
    assert shown(place=f"unit-{net['unit'].pk}") == {"van"}
    assert shown(place=f"stop-{net['stop'].pk}") == {"van"}
    assert shown(service=net["law"].pk) == {"legal"}
    assert shown(service=net["support"].pk) == {"a", "b", "van"}
    assert shown(date_from="2027-01-19", date_to="2027-01-19") == {"van"}
    assert shown(date_from="2027-01-01", date_to="2027-01-10") == {"past"}
    assert shown(date_from="2027-01-01") == {"a", "b", "van", "legal", "past"}
    reservations.cancel(net["b"])
    assert shown(status="cancelled") == {"b"}
    assert shown(status="booked") == {"a", "van", "legal"}


def test_the_today_filter_keeps_todays_appointments_only(net, staff):
    client = client_for(staff["desk"])

    assert refs(client.get(INDEX, {"day": "today"}), net) == {"a", "b", "legal"}
    assert refs(client.get(INDEX), net) == {"a", "b", "van", "legal"}
    assert 'name="day" value="today"' in client.get(INDEX).content.decode()


def test_the_mark_as_buttons_come_right_after_the_time_and_status(net, staff):
    html = client_for(staff["desk_a"]).get(INDEX).content.decode()
    head = re.search(r"<table[^>]*listing.*?</thead>", html, re.S).group(0)
    labels = [
        re.sub(r"<[^>]+>|\s+", " ", th).strip() for th in re.findall(r"<th.*?</th>", head, re.S)
    ]

    assert "Σήμανση ως" in labels[:5], labels


@pytest.mark.parametrize(
    ("language", "label"), [("el", "Ακυρώθηκε"), ("ar", "ملغى"), ("fa", "لغو شده")]
)
def test_cancelled_reads_as_a_state_in_the_staff_list(net, staff, language, label):
    reservations.cancel(net["b"])
    desk = staff["desk"]
    profile = UserProfile.get_for_user(desk)
    profile.preferred_language = language
    profile.save()

    html = client_for(desk).get(INDEX, {"status": "cancelled"}).content.decode()

    row = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*{net['b'].display_reference}.*?</tr>", html, re.S)
    assert label in row.group(0)
    assert "Ακυρώνεται" not in html


def test_a_limited_user_is_offered_only_their_places_and_cannot_filter_their_way_out(net, staff):
    client = client_for(staff["desk_a"])
    html = client.get(INDEX).content.decode()

    assert f'value="branch-{net["branch_a"].pk}"' in html
    assert f'value="branch-{net["branch_b"].pk}"' not in html
    assert f'value="unit-{net["unit"].pk}"' not in html
    assert refs(client.get(INDEX, {"place": f"branch-{net['branch_b'].pk}"}), net) <= {"a", "legal"}
    assert "b" not in refs(client.get(INDEX, {"date_from": "2027-01-01"}), net)


def test_personal_data_stays_out_of_the_lists_addresses(net, staff):
    html = client_for(staff["desk"]).get(INDEX).content.decode()

    addresses = re.findall(r'(?:href|action)="([^"]*)"', html)
    assert addresses
    for appointment in (net["a"], net["b"]):
        assert not any(appointment.phone in url or "Ελένη" in url for url in addresses)


# --- Export -----------------------------------------------------------------------------


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body), delimiter=";"))


def test_the_csv_export_is_what_greek_excel_opens_utf8_with_a_bom_and_semicolons(net, staff):
    response = client_for(staff["desk_a"]).get(INDEX, {"export": "csv"})

    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # the byte-order mark: Excel reads UTF-8
    first_line = body[3:].split(b"\r\n")[0].decode("utf-8")
    assert not first_line.startswith("sep=")  # it would make Excel ignore the mark
    assert first_line.split(";")[:3] == ["Κωδικός ραντεβού", "Έναρξη", "Λήξη"]
    assert "," not in first_line
    assert response["Content-Type"] == "text/csv; charset=utf-8; header=present"
    assert "Ελένη Αλεξίου" in body.decode("utf-8-sig")


def headings():
    view = AppointmentIndexView
    with translation.override("el"):
        return [str(view.export_headings[field]) for field in view.list_export]


def test_csv_export_has_the_filtered_rows_and_every_column(net, staff):
    response = client_for(staff["desk_a"]).get(INDEX, {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    header, *rows = csv_rows(response)
    assert header == headings()
    by_reference = {
        row[0]: dict(zip(AppointmentIndexView.list_export, row, strict=True)) for row in rows
    }
    assert set(by_reference) == {net["a"].display_reference, net["legal"].display_reference}
    a = by_reference[net["a"].display_reference]
    assert a["name"] == "Ελένη Αλεξίου"
    assert a["phone"] == net["a"].phone
    assert a["email"] == "eleni@example.org"
    assert a["interpreter_language"] == "Αραβικά"
    assert a["start"] == "2027-01-11 11:00:00"
    assert a["place"] == "Παράρτημα Α"


def test_csv_export_follows_the_filters(net, staff):
    response = client_for(staff["desk"]).get(
        INDEX, {"export": "csv", "place": f"unit-{net['unit'].pk}"}
    )

    _header, *rows = csv_rows(response)
    assert [row[0] for row in rows] == [net["van"].display_reference]


def test_csv_export_does_not_let_a_name_become_a_formula(net, staff):
    slot = free_slots(net["support"], places=[net["branch_a"].place_id])[0]
    reservations.book(
        service=net["support"], slot_key=slot.key, details=bb.citizen(name="=HYPERLINK(1)")
    )

    response = client_for(staff["desk"]).get(INDEX, {"export": "csv"})

    names = [row[AppointmentIndexView.list_export.index("name")] for row in csv_rows(response)]
    assert "'=HYPERLINK(1)" in names
    assert "=HYPERLINK(1)" not in names


def test_xlsx_export_is_a_valid_workbook_with_the_same_rows(net, staff):
    response = client_for(staff["desk_a"]).get(INDEX, {"export": "xlsx"})

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = list(workbook.active.iter_rows(values_only=True))
    assert list(header) == headings()
    assert {row[0] for row in rows} == {net["a"].display_reference, net["legal"].display_reference}
    start = {row[0]: row[1] for row in rows}[net["a"].display_reference]
    assert start == datetime.datetime(2027, 1, 11, 11, 0)


@pytest.mark.parametrize("kind", ["viewer", "editor", "moderator", "anonymous"])
def test_only_users_allowed_to_export_get_a_file(net, staff, kind):
    client = client_for(staff[kind])

    for export in ("csv", "xlsx"):
        response = client.get(INDEX, {"export": export})
        assert denied(response, kind)
    if kind == "viewer":
        html = client.get(INDEX).content.decode()
        assert "export=csv" not in html and "export=xlsx" not in html


def test_the_export_button_is_shown_to_the_front_desk(net, staff):
    html = client_for(staff["desk"]).get(INDEX).content.decode()

    assert "export=csv" in html and "export=xlsx" in html


# --- Details and status ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "key", "expected"),
    [
        ("superuser", "b", 200),
        ("desk", "b", 200),
        ("desk_a", "a", 200),
        ("desk_a", "b", 404),
        ("desk_a", "van", 404),
        ("viewer", "b", 200),
        ("editor", "a", 302),
        ("moderator", "a", 302),
        ("anonymous", "a", 302),
    ],
)
def test_the_details_page_follows_the_place_limits(net, staff, kind, key, expected):
    response = client_for(staff[kind]).get(detail_url(net[key]))

    assert response.status_code == expected
    html = response.content.decode()
    if expected == 200:
        assert net[key].name in html and net[key].phone in html
    else:
        assert net[key].phone not in html
    if expected == 302:
        assert denied(response, kind)


def test_the_details_page_shows_every_field(net, staff):
    html = client_for(staff["desk_a"]).get(detail_url(net["a"])).content.decode()

    for value in ("Ελένη Αλεξίου", net["a"].phone, "eleni@example.org", "Αραβικά", "Παράρτημα Α"):
        assert value in html
    assert net["a"].display_reference in html


@pytest.mark.parametrize(
    ("kind", "key", "changed"),
    [
        ("superuser", "b", True),
        ("desk", "b", True),
        ("desk_a", "a", True),
        ("desk_a", "b", False),
        ("viewer", "a", False),
        ("editor", "a", False),
        ("anonymous", "a", False),
    ],
)
def test_only_front_desk_staff_at_the_place_may_change_a_status(net, staff, kind, key, changed):
    response = client_for(staff[kind]).post(status_url(net[key]), {"status": Status.ATTENDED})

    net[key].refresh_from_db()
    assert (net[key].status == Status.ATTENDED) is changed
    if kind == "desk_a" and key == "b":
        assert response.status_code == 404
    elif not changed:
        assert denied(response, kind)


def test_status_changes_need_the_csrf_token(net, staff):
    client = Client(enforce_csrf_checks=True)
    login_staff(client, staff["desk"])

    response = client.post(status_url(net["a"]), {"status": Status.CANCELLED})

    assert response.status_code == 403
    net["a"].refresh_from_db()
    assert net["a"].status == Status.BOOKED


def test_status_changes_need_a_post(net, staff):
    response = client_for(staff["desk"]).get(status_url(net["a"]), {"status": Status.ATTENDED})

    assert response.status_code == 405
    net["a"].refresh_from_db()
    assert net["a"].status == Status.BOOKED


def test_marking_attended_then_did_not_come_changes_the_status(net, staff):
    client = client_for(staff["desk_a"])

    response = client.post(status_url(net["a"]), {"status": Status.ATTENDED, "next": INDEX})
    net["a"].refresh_from_db()
    assert net["a"].status == Status.ATTENDED
    assert response.url == INDEX

    client.post(status_url(net["a"]), {"status": Status.NO_SHOW})
    net["a"].refresh_from_db()
    assert net["a"].status == Status.NO_SHOW


def test_marking_from_a_filtered_list_returns_to_that_list_with_a_message(net, staff):
    """The filters refresh the table through Wagtail's `results/` fragment: its buttons
    must still come back to the full list (menu, message, same filters)."""
    client = client_for(staff["desk_a"])
    place = f"branch-{net['branch_a'].pk}"
    fragment = client.get(reverse("appointments:index_results"), {"place": place})
    nexts = set(re.findall(r'name="next" value="([^"]*)"', fragment.content.decode()))
    assert nexts == {f"{INDEX}?place={place}"}

    response = client.post(
        status_url(net["a"]), {"status": Status.ATTENDED, "next": nexts.pop()}, follow=True
    )

    assert response.redirect_chain[-1][0] == f"{INDEX}?place={place}"
    html = response.content.decode()
    assert 'id="main"' in html or "sidebar" in html  # the whole admin page, not the fragment
    assert f"Το ραντεβού {net['a'].display_reference}" in html
    assert refs(response, net) == {"a", "legal"}


def test_a_next_address_pointing_at_the_fragment_lands_on_the_full_list(net, staff):
    fragment = reverse("appointments:index_results") + "?status=booked&p=1"

    response = client_for(staff["desk_a"]).post(
        status_url(net["a"]), {"status": Status.ATTENDED, "next": fragment}
    )

    assert response.url == f"{INDEX}?status=booked&p=1"


@pytest.mark.parametrize(
    ("language", "text"),
    [("el", "Βρέθηκαν 2 αποτελέσματα"), ("ar", "عدد النتائج: 2"), ("fa", "2 نتیجه")],
)
def test_the_count_of_matches_is_in_the_admin_language(net, staff, language, text):
    desk = staff["desk_a"]
    profile = UserProfile.get_for_user(desk)
    profile.preferred_language = language
    profile.save()

    html = client_for(desk).get(INDEX, {"place": f"branch-{net['branch_a'].pk}"}).content
    html = html.decode()

    assert "There are" not in html
    assert text in html


def test_an_appointment_on_a_later_day_cannot_be_marked_attended_yet(net, staff):
    client = client_for(staff["desk"])

    client.post(status_url(net["van"]), {"status": Status.ATTENDED})

    net["van"].refresh_from_db()
    assert net["van"].status == Status.BOOKED


def test_the_status_view_ignores_an_outside_next_address(net, staff):
    response = client_for(staff["desk"]).post(
        status_url(net["a"]), {"status": Status.ATTENDED, "next": "https://evil.example/"}
    )

    assert response.url == detail_url(net["a"])


def test_cancelling_frees_the_time_and_tells_the_citizen(
    net, staff, django_capture_on_commit_callbacks
):
    service, branch = net["support"], net["branch_a"]
    slot = free_slots(service, places=[branch.place_id])[0]
    first, _second = bb.fill(service, slot.key, slot.remaining)
    first.email = "citizen@example.org"
    first.save()
    assert slot.key not in {s.key for s in free_slots(service, places=[branch.place_id])}

    with django_capture_on_commit_callbacks(execute=True):
        client_for(staff["desk_a"]).post(status_url(first), {"status": Status.CANCELLED})

    first.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert slot.key in {s.key for s in free_slots(service, places=[branch.place_id])}
    assert [message.to for message in mail.outbox] == [["citizen@example.org"]]


def test_a_cancelled_appointment_cannot_be_marked_attended(net, staff):
    reservations.cancel(net["a"])

    client_for(staff["desk"]).post(status_url(net["a"]), {"status": Status.ATTENDED})

    net["a"].refresh_from_db()
    assert net["a"].status == Status.CANCELLED


# --- Booking on behalf ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["superuser", "desk", "desk_a"])
def test_front_desk_staff_can_open_the_booking_form(net, staff, kind):
    response = client_for(staff[kind]).get(book_url(net["support"], net["branch_a"]))

    assert response.status_code == 200
    slot = free_slots(net["support"], places=[net["branch_a"].place_id])[0]
    day = slot.start.astimezone(ATHENS).date().isoformat()
    assert f'value="{day}"' in response.content.decode()


@pytest.mark.parametrize("kind", ["viewer", "editor", "anonymous"])
def test_others_cannot_book_on_behalf(net, staff, kind):
    slot = free_slots(net["support"], places=[net["branch_a"].place_id])[0]
    count = Appointment.objects.count()

    client = client_for(staff[kind])
    assert denied(client.get(book_url()), kind)
    response = client.post(book_url(net["support"], net["branch_a"]), booking_answers(slot))

    assert denied(response, kind)
    assert Appointment.objects.count() == count


def test_booking_on_behalf_makes_the_appointment_and_sends_the_confirmation(
    net, staff, django_capture_on_commit_callbacks
):
    desk = staff["desk_a"]
    slot = free_slots(net["support"], places=[net["branch_a"].place_id])[0]

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(desk).post(
            book_url(net["support"], net["branch_a"]), booking_answers(slot)
        )

    appointment = Appointment.objects.get(name="Αχμάντ Καρίμι")
    assert response.status_code == 302
    assert response.url == detail_url(appointment)
    assert appointment.channel == Channel.PHONE
    assert appointment.created_by == desk
    assert appointment.phone == "+306940001234"
    assert (appointment.start, appointment.branch) == (slot.start, net["branch_a"])
    assert appointment.interpreter_needed and appointment.interpreter_language == "fa"
    assert [message.to for message in mail.outbox] == [["ahmad@example.org"]]
    assert appointment.display_reference in mail.outbox[0].body
    shown = client_for(desk).get(response.url).content.decode()
    assert appointment.display_reference in shown


def test_a_walk_in_without_e_mail_is_booked_in_person(
    net, staff, django_capture_on_commit_callbacks
):
    slot = free_slots(net["support"], places=[net["stop"].place_id])[0]

    with django_capture_on_commit_callbacks(execute=True):
        client_for(staff["desk"]).post(
            book_url(net["support"], net["stop"]),
            booking_answers(slot, channel=Channel.IN_PERSON, email="", interpreter_needed="no"),
        )

    appointment = Appointment.objects.get(name="Αχμάντ Καρίμι")
    assert appointment.channel == Channel.IN_PERSON
    assert appointment.stop == net["stop"]
    assert mail.outbox == []


def test_booking_on_behalf_asks_for_the_day_then_offers_that_days_times(net, staff):
    client = client_for(staff["desk"])
    url = book_url(net["support"], net["branch_a"])
    slots = free_slots(net["support"], places=[net["branch_a"].place_id], notice_minutes=0)
    days = sorted({slot.start.astimezone(ATHENS).date() for slot in slots})
    assert len(days) > 1

    day_step = client.get(url).content.decode()
    assert 'name="day"' in day_step
    assert 'name="slot"' not in day_step
    assert f'value="{days[1].isoformat()}"' in day_step

    time_step = client.get(url + f"&day={days[1].isoformat()}").content.decode()
    offered = set(re.findall(r'<option value="([^"]+@[^"]+)"', time_step))
    expected = {s.key for s in slots if s.start.astimezone(ATHENS).date() == days[1]}
    assert offered == expected

    response = client.post(
        url + f"&day={days[1].isoformat()}", booking_answers(sorted(expected)[0])
    )
    assert response.status_code == 302
    assert Appointment.objects.get(name="Αχμάντ Καρίμι").start.astimezone(ATHENS).date() == days[1]


def test_booking_on_behalf_needs_the_citizens_agreement_and_valid_details(net, staff):
    slot = free_slots(net["support"], places=[net["branch_a"].place_id])[0]
    client = client_for(staff["desk"])
    url = book_url(net["support"], net["branch_a"])

    no_consent = booking_answers(slot)
    del no_consent["consent"]
    assert client.post(url, no_consent).status_code == 200
    assert client.post(url, booking_answers(slot, phone="12")).status_code == 200
    assert client.post(url, booking_answers("branch-schedule-1@20270111T0000Z")).status_code == 200

    assert not Appointment.objects.filter(name="Αχμάντ Καρίμι").exists()


def test_a_limited_user_is_offered_and_may_book_only_their_places(net, staff):
    client = client_for(staff["desk_a"])

    places = client.get(book_url(net["support"])).content.decode()
    assert f'value="{net["branch_a"].place_id}"' in places
    assert f'value="{net["branch_b"].place_id}"' not in places
    assert f'value="{net["stop"].place_id}"' not in places

    slot = free_slots(net["support"], places=[net["branch_b"].place_id])[0]
    response = client.post(book_url(net["support"], net["branch_b"]), booking_answers(slot))
    assert response.status_code == 200
    assert not Appointment.objects.filter(name="Αχμάντ Καρίμι").exists()


def test_a_double_submission_books_once(net, staff):
    slot = free_slots(net["support"], places=[net["stop"].place_id])[0]
    assert slot.remaining == 1
    answers = booking_answers(slot)
    client = client_for(staff["desk"])

    first = client.post(book_url(net["support"], net["stop"]), answers)
    again = client.post(book_url(net["support"], net["stop"]), answers)

    appointment = Appointment.objects.get(name="Αχμάντ Καρίμι")
    assert first.url == again.url == detail_url(appointment)


def test_a_time_taken_meanwhile_is_refused_with_a_message(net, staff):
    slot = free_slots(net["support"], places=[net["stop"].place_id])[0]
    bb.fill(net["support"], slot.key, 1)

    response = client_for(staff["desk"]).post(
        book_url(net["support"], net["stop"]), booking_answers(slot)
    )

    assert response.status_code == 200
    with translation.override("el"):
        taken = translation.gettext("This time is no longer free. Please choose another one.")
    assert taken in response.content.decode()
    assert not Appointment.objects.filter(name="Αχμάντ Καρίμι").exists()


# --- Citizen data by reference ----------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "key", "found"),
    [
        ("superuser", "b", True),
        ("desk", "b", True),
        ("desk_a", "a", True),
        ("desk_a", "b", False),
    ],
)
def test_the_desk_finds_what_is_held_by_reference_at_their_places(net, staff, kind, key, found):
    response = lookup(client_for(staff[kind]), net[key])

    assert response.status_code == 200
    assert (net[key].phone in response.content.decode()) is found


@pytest.mark.parametrize("kind", ["viewer", "editor", "anonymous"])
def test_others_cannot_look_up_citizen_data(net, staff, kind):
    client = client_for(staff[kind])

    assert denied(client.get(CITIZEN_DATA), kind)
    assert denied(lookup(client, net["a"]), kind)
    assert denied(lookup(client, net["a"], "erase-confirmed"), kind)
    net["a"].refresh_from_db()
    assert net["a"].anonymised_at is None


def test_the_citizen_data_downloads_as_json(net, staff):
    response = lookup(client_for(staff["desk_a"]), net["a"], "download")

    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["reference"] == net["a"].display_reference
    assert data["name"] == "Ελένη Αλεξίου"
    assert data["phone"] == net["a"].phone
    assert data["email"] == "eleni@example.org"


def test_erasing_asks_first_then_empties_the_personal_data_and_frees_the_time(net, staff):
    client = client_for(staff["desk_a"])
    appointment = net["a"]
    slot_start = appointment.start

    asked = lookup(client, appointment, "erase")
    appointment.refresh_from_db()
    assert 'value="erase-confirmed"' in asked.content.decode()
    assert appointment.name == "Ελένη Αλεξίου"

    response = lookup(client, appointment, "erase-confirmed")

    appointment.refresh_from_db()
    assert response.status_code == 302
    assert appointment.anonymised_at is not None
    assert (appointment.name, appointment.phone, appointment.email) == ("", "", "")
    assert appointment.status == Status.CANCELLED
    slots = free_slots(net["support"], places=[net["branch_a"].place_id])
    assert any(slot.start == slot_start and slot.remaining == 1 for slot in slots)


def test_a_limited_user_cannot_erase_another_places_data(net, staff):
    lookup(client_for(staff["desk_a"]), net["b"], "erase-confirmed")

    net["b"].refresh_from_db()
    assert net["b"].anonymised_at is None
    assert net["b"].name == "Νίκος Βασιλείου"


def test_the_reference_is_posted_never_put_in_an_address(net, staff):
    client = client_for(staff["desk"])
    html = client.get(CITIZEN_DATA).content.decode()

    assert re.search(r'<form method="post" action=""', html)
    assert (
        client.get(CITIZEN_DATA, {"reference": net["a"].reference})
        .content.decode()
        .count(net["a"].phone)
        == 0
    )


# --- The staff feed ---------------------------------------------------------------------


def events(body):
    calendar = icalendar.Calendar.from_ical(body)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def uid(appointment):
    return f"appointment-{appointment.reference}@kentro-koinotitas.example.gr"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("superuser", {"a", "b", "van", "legal", "past"}),
        ("desk", {"a", "b", "van", "legal", "past"}),
        ("desk_a", {"a", "legal", "past"}),
    ],
)
def test_the_feed_lists_the_appointments_at_the_users_places(net, staff, kind, expected):
    url = new_feed_url(client_for(staff[kind]))

    response = Client().get(url)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    found = events(response.content)
    assert set(found) == {uid(net[key]) for key in expected}


@pytest.mark.parametrize("kind", ["editor", "anonymous"])
def test_editors_and_visitors_cannot_make_a_feed_link(net, staff, kind):
    response = client_for(staff[kind]).post(FEED_PAGE, {"action": "create"})

    assert denied(response, kind)
    assert not StaffFeedToken.objects.exists()


def test_the_feed_has_athens_times_the_reference_service_and_interpreter_but_no_phone(net, staff):
    url = new_feed_url(client_for(staff["desk_a"]))

    body = Client().get(url).content
    event = events(body)[uid(net["a"])]

    assert b"BEGIN:VTIMEZONE" in body and b"TZID:Europe/Athens" in body
    assert event.decoded("dtstart") == net["a"].start
    assert event["dtstart"].params["TZID"] == "Europe/Athens"
    assert event.decoded("dtend").astimezone(ATHENS).hour == 11
    assert net["a"].display_reference in str(event["summary"])
    assert "Ψυχολογική στήριξη" in str(event["summary"])
    assert "Αραβικά" in str(event["description"])
    assert "Παράρτημα Α" in str(event["location"])
    text = body.decode()
    for appointment in (net["a"], net["legal"], net["past"]):
        assert appointment.phone not in text.replace("\r\n ", "")
        assert appointment.name not in text.replace("\r\n ", "")


@override_settings(
    PUBLIC_BASE_URL="https://kentro.example.gr", WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000"
)
def test_the_feeds_event_links_use_the_public_address(net, staff):
    url = new_feed_url(client_for(staff["desk"]))

    event = events(Client().get(url).content)[uid(net["a"])]

    assert str(event["url"]) == f"https://kentro.example.gr{detail_url(net['a'])}"


@override_settings(BOOKING_STAFF_FEED_SHOW_PHONE=True)
def test_the_feed_shows_name_and_phone_when_the_setting_says_so(net, staff):
    url = new_feed_url(client_for(staff["desk_a"]))

    event = events(Client().get(url).content)[uid(net["a"])]

    assert net["a"].phone in str(event["description"])
    assert "Ελένη Αλεξίου" in str(event["description"])


def test_the_feed_is_in_the_users_admin_language(net, staff):
    desk = staff["desk_a"]
    profile = UserProfile.get_for_user(desk)
    profile.preferred_language = "en"
    profile.save()
    url = new_feed_url(client_for(desk))

    event = events(Client().get(url).content)[uid(net["a"])]

    assert net["support"].title_en in str(event["summary"])
    assert "Ψυχολογική" not in str(event["summary"])


def test_a_cancelled_appointment_leaves_the_feed(net, staff):
    url = new_feed_url(client_for(staff["desk"]))
    reservations.cancel(net["b"])

    found = events(Client().get(url).content)

    assert uid(net["b"]) not in found and uid(net["a"]) in found


def test_a_revoked_or_wrong_link_is_a_plain_404(net, staff):
    client = client_for(staff["desk"])
    old = new_feed_url(client)
    new = new_feed_url(client)

    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200
    client.post(FEED_PAGE, {"action": "revoke"})

    for url in (new, "/staff/appointments/not-a-token.ics"):
        response = Client().get(url)
        assert response.status_code == 404
        assert response["Content-Type"].startswith("text/plain")
        assert b"VCALENDAR" not in response.content
    assert StaffFeedToken.objects.filter(revoked_at__isnull=True).count() == 0


def test_only_the_hash_of_the_feed_token_is_stored(net, staff):
    url = new_feed_url(client_for(staff["desk"]))
    token = url.rsplit("/", 1)[1].removesuffix(".ics")

    stored = StaffFeedToken.objects.get()
    assert token not in stored.token_hash
    assert len(stored.token_hash) == 64


def test_a_feed_stops_when_its_owner_leaves_the_front_desk(net, staff):
    desk = staff["desk"]
    url = new_feed_url(client_for(desk))
    desk.groups.clear()

    assert Client().get(url).status_code == 404


# --- Front-desk access --------------------------------------------------------------------


def test_whoever_may_change_users_sets_the_places_of_a_front_desk_user(net, staff):
    access_index = reverse("front_desk_access:index")
    desk = staff["desk"]

    assert denied(client_for(desk).get(access_index), "desk")
    access = StaffAccess.objects.get(user=desk)
    response = client_for(staff["superuser"]).post(
        reverse("front_desk_access:edit", args=[access.pk]),
        {"user": desk.pk, "branches": [net["branch_b"].pk], "mobile_units": [net["unit"].pk]},
    )

    assert response.status_code == 302
    assert refs(client_for(desk).get(INDEX), net) == {"b", "van"}


# --- Queries ------------------------------------------------------------------------------


def add_appointments(service, place, count):
    slots = free_slots(service, places=[place.place_id])
    for slot in slots[:count]:
        reservations.book(service=service, slot_key=slot.key, details=bb.citizen())


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_list_and_the_feed_cost_the_same_queries_for_5_or_50_appointments(net, staff):
    client = client_for(staff["desk_a"])
    feed = new_feed_url(client)
    client.get(INDEX)  # sessions, content types and the like, once
    assert len(refs(client.get(INDEX), net)) == 2

    add_appointments(net["support"], net["branch_a"], 3)
    index_few, feed_few = queries(client, INDEX), queries(Client(), feed)
    add_appointments(net["support"], net["branch_a"], 45)
    index_many, feed_many = queries(client, INDEX), queries(Client(), feed)

    assert Appointment.objects.filter(branch=net["branch_a"], status=Status.BOOKED).count() == 51
    assert index_many == index_few
    assert feed_many == feed_few
    assert len(events(Client().get(feed).content)) == 51
