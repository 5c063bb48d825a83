"""The staff's review queue in the admin: place-limited, audited, schedule or decline."""

import re

from django.urls import reverse

import pytest

from booking import audit
from booking.models import Appointment
from booking.sms import MemorySMSBackend
from booking.tasks import housekeeping
from home_visits import access, requests
from home_visits.choices import MessageStatus, RequestStatus
from tests import builders as b
from tests.helpers import login_staff
from tests.home_visits import builders as hb

pytestmark = pytest.mark.django_db

QUEUE = "/admin/home-visits/"


@pytest.fixture
def teams(home, clock):
    north = hb.team("Ομάδα Βορρά", communities=[b.community("1i", "1η Δημοτική Κοινότητα")])
    south = hb.team("Ομάδα Νότου", communities=[b.community("2i", "2η Δημοτική Κοινότητα")])
    return north, south


@pytest.fixture
def sms(settings):
    settings.BOOKING_SMS_BACKEND = "booking.sms.MemorySMSBackend"
    MemorySMSBackend.outbox.clear()
    yield MemorySMSBackend.outbox
    MemorySMSBackend.outbox.clear()


def detail_url(visit):
    return reverse("home_visits_detail", args=[visit.pk])


def references(html):
    return set(re.findall(r"[A-Z0-9]{4}-[A-Z0-9]{4}", html))


def test_the_queue_shows_only_the_requests_of_the_users_teams(client, teams):
    north, south = teams
    mine = hb.visit_request(north)
    theirs = hb.visit_request(south)
    login_staff(client, hb.staff("north-desk", teams=[north]))

    html = client.get(QUEUE).content.decode()

    assert mine.display_reference in html
    assert theirs.display_reference not in html
    assert client.get(detail_url(theirs)).status_code == 404
    page = client.get(detail_url(mine)).content.decode()
    assert hb.ADDRESS in page
    assert mine.name in page


def test_no_access_row_no_request_and_no_admin_page_without_permission(client, teams):
    north, _south = teams
    visit = hb.visit_request(north)
    nowhere = b.staff_user("nowhere", groups=["Front desk"])  # no front-desk access row
    login_staff(client, nowhere)
    assert visit.display_reference not in client.get(QUEUE).content.decode()
    assert client.get(detail_url(visit)).status_code == 404

    editor = b.staff_user("editor", groups=["Editors"], all_places=True)
    login_staff(client, editor)
    assert client.get(QUEUE).status_code in (302, 403)
    assert client.get(detail_url(visit)).status_code in (302, 403)


def test_all_places_sees_every_team(client, teams):
    north, south = teams
    asked = [hb.visit_request(north), hb.visit_request(south)]
    login_staff(client, hb.staff("everywhere", all_places=True))
    html = client.get(QUEUE).content.decode()
    assert {r.display_reference for r in asked} <= references(html)


def test_every_look_is_audited_without_personal_data(client, teams):
    north, _south = teams
    visit = hb.visit_request(north)
    user = hb.staff("north-desk", teams=[north])
    login_staff(client, user)

    client.get(QUEUE)
    client.get(detail_url(visit))

    entries = audit.entries().filter(user=user)
    assert set(entries.values_list("action", flat=True)) == {access.LIST, access.VIEW}
    viewed = entries.get(action=access.VIEW)
    assert viewed.label == visit.reference
    text = str(list(entries.values_list("data", flat=True)))
    assert visit.name not in text and hb.ADDRESS not in text and visit.phone not in text
    assert access.VIEW in dict(audit.action_choices())


def test_scheduling_from_the_admin_books_the_visit_and_texts_the_citizen(
    client, teams, sms, django_capture_on_commit_callbacks
):
    north, _south = teams
    visit = hb.visit_request(north, language="fa")
    user = hb.staff("north-desk", teams=[north])
    login_staff(client, user)
    page = client.get(detail_url(visit)).content.decode()
    key = re.search(r'<option value="(home-visit-window-[^"]+)"', page).group(1)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail_url(visit), {"action": "schedule", "slot": key})

    assert response.status_code == 302
    visit.refresh_from_db()
    assert visit.status == RequestStatus.SCHEDULED
    appointment = Appointment.objects.get(home_team=north)
    assert visit.appointment == appointment and appointment.created_by == user
    assert audit.entries().filter(user=user, action=access.SCHEDULE).exists()
    [(phone, text)] = sms
    assert phone == visit.phone
    assert appointment.display_reference in text
    assert "در خانهٔ شما" in text  # "At your home", in Farsi: never the address
    assert hb.ADDRESS not in text


def test_a_taken_time_is_refused_with_a_message_not_an_error(client, teams):
    north, _south = teams
    first, second = hb.visit_request(north), hb.visit_request(north)
    login_staff(client, hb.staff("north-desk", teams=[north]))
    key = re.search(
        r'<option value="(home-visit-window-[^"]+)"', client.get(detail_url(first)).content.decode()
    ).group(1)
    assert client.post(detail_url(first), {"action": "schedule", "slot": key}).status_code == 302

    response = client.post(detail_url(second), {"action": "schedule", "slot": key})

    assert response.status_code == 200  # capacity 1: the time is gone
    assert "Αυτή η ώρα δεν είναι πια ελεύθερη" in response.content.decode()
    second.refresh_from_db()
    assert second.status == RequestStatus.WAITING


def test_declining_stores_the_reason_first_and_texts_it_in_the_citizens_language(
    client, teams, sms, django_capture_on_commit_callbacks
):
    north, _south = teams
    visit = hb.visit_request(north, language="ar")
    user = hb.staff("north-desk", teams=[north])
    login_staff(client, user)
    reason = "فريقنا لا يزور هذا الحي حتى شهر آذار (مارس)."

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(detail_url(visit), {"action": "decline", "decline_reason": reason})
        visit.refresh_from_db()
        # Stored before anything is sent: the message is an on-commit callback.
        assert visit.status == RequestStatus.DECLINED and visit.decline_reason == reason
        assert sms == []

    assert response.status_code == 302 and len(callbacks) == 1
    [(phone, text)] = sms
    assert phone == visit.phone
    assert reason in text
    assert "لا يمكننا زيارتك في المنزل بخصوص طلبك" in text
    assert visit.display_reference in text
    [message] = visit.messages.all()
    assert message.status == MessageStatus.SENT
    assert audit.entries().filter(user=user, action=access.DECLINE).exists()


def test_declining_without_a_reason_is_refused_with_a_translated_message(client, teams, sms):
    north, _south = teams
    visit = hb.visit_request(north)
    login_staff(client, hb.staff("north-desk", teams=[north]))

    response = client.post(detail_url(visit), {"action": "decline", "decline_reason": "  \x00 "})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Γράψτε τον λόγο για τον πολίτη." in html
    visit.refresh_from_db()
    assert visit.status == RequestStatus.WAITING and sms == []


def test_a_landline_gets_no_text_and_staff_see_it_was_not_delivered(
    client, teams, sms, django_capture_on_commit_callbacks
):
    north, _south = teams
    visit = hb.visit_request(north, phone="+302104120000")
    login_staff(client, hb.staff("north-desk", teams=[north]))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(detail_url(visit), {"action": "decline", "decline_reason": "Όχι τώρα."})
    assert sms == []
    assert visit.messages.get().status == MessageStatus.FAILED
    assert "Δεν παραδόθηκε" in client.get(detail_url(visit)).content.decode()


def test_a_user_who_may_only_see_cannot_decide(client, teams):
    north, _south = teams
    visit = hb.visit_request(north)
    viewer = b.staff_user(
        "viewer",
        permissions=["booking.view_appointment", "wagtailadmin.access_admin"],
        branches=[],
    )
    hb.give_teams(viewer, [north])
    login_staff(client, viewer)
    assert client.get(detail_url(visit)).status_code == 200
    response = client.post(detail_url(visit), {"action": "decline", "decline_reason": "x"})
    assert response.status_code in (302, 403)  # Wagtail sends a refused admin user home
    visit.refresh_from_db()
    assert visit.status == RequestStatus.WAITING


def test_the_appointments_list_filters_by_team_for_its_staff_only(client, teams, admin_user):
    north, south = teams
    for team in teams:
        visit = hb.visit_request(team)
        requests.schedule(visit, requests.free_slots(visit)[0].key, admin_user)
    login_staff(client, hb.staff("north-desk", teams=[north]))

    html = client.get("/admin/appointments/").content.decode()
    assert f'value="{north.place_id}"' in html and f'value="{south.place_id}"' not in html
    listed = client.get(f"/admin/appointments/?place={north.place_id}").content.decode()
    north_visit = Appointment.objects.get(home_team=north)
    assert north_visit.display_reference in listed
    south_visit = Appointment.objects.get(home_team=south)
    assert south_visit.display_reference not in client.get("/admin/appointments/").content.decode()
    details = client.get(reverse("appointments:inspect", args=[north_visit.pk])).content.decode()
    assert north.label in details  # "Ομάδα Βορρά (επισκέψεις στο σπίτι)"
    assert hb.ADDRESS not in details  # the address is on the request, for its team's staff


def test_editors_keep_a_team_and_its_hours_in_the_catalogue(client, teams):
    north, _south = teams
    login_staff(client, b.staff_user("admin", superuser=True))
    base = "/admin/snippets/services_catalog/homevisitteam/"

    listing = client.get(base).content.decode()
    edit = client.get(f"{base}edit/{north.pk}/")
    add = client.get(f"{base}add/")

    assert north.name in listing
    assert edit.status_code == add.status_code == 200
    html = edit.content.decode()
    assert 'name="windows-0-capacity"' in html and 'name="communities"' in html


def test_a_decline_message_that_fails_is_tried_again_by_the_housekeeping(
    teams, settings, sms, clock, admin_user, django_capture_on_commit_callbacks
):
    north, _south = teams
    visit = hb.visit_request(north)
    settings.BOOKING_SMS_BACKEND = "tests.home_visits.builders.DownSMSBackend"
    with django_capture_on_commit_callbacks(execute=True):
        requests.decline(visit, "Όχι αυτόν τον μήνα.", admin_user)
    message = visit.messages.get()
    assert (message.status, message.attempts, message.last_error) == (
        MessageStatus.PENDING,
        1,
        "ConnectionError",
    )
    assert message.next_attempt_at is not None

    settings.BOOKING_SMS_BACKEND = "booking.sms.MemorySMSBackend"
    assert housekeeping.call()["home_visit_messages_retried"] == 0  # not due yet
    clock.move_to(message.next_attempt_at)
    assert housekeeping.call()["home_visit_messages_retried"] == 1

    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.SENT, 2)
    [(phone, text)] = sms
    assert phone == visit.phone and "Όχι αυτόν τον μήνα." in text
