"""The centre decides: accept a referral into an appointment (the front desk's booking
flow, prefilled, linking the appointment) or return it with a reason; the partner sees
the status. Personal data goes with the retention job, like an appointment's."""

import datetime

from django.urls import reverse

import pytest

from booking.models import Appointment
from booking.slots import free_slots
from booking.tasks import housekeeping
from referrals import outcomes, retention
from referrals.choices import ReferralStatus
from referrals.models import Referral
from services_catalog.schedules import ATHENS
from tests.booking.staff_helpers import booking_answers, client_for, detail_url
from tests.helpers import set_admin_language
from tests.referrals import builders as rb

pytestmark = pytest.mark.django_db


@pytest.fixture
def net(home, clock):
    return rb.network()


def detail(referral):
    return reverse("referrals:detail", args=[referral.pk])


def test_accepting_into_an_appointment_books_it_prefilled_and_links_it(
    client, net, django_capture_on_commit_callbacks
):
    referral = rb.referral(net["partner"], net["service"], net["branch"], language="ar")
    desk = client_for(net["desk_branch"])

    page = desk.get(detail(referral)).content.decode()
    start = outcomes.OUTCOMES["appointment"].start_url(referral)
    assert start.replace("&", "&amp;") in page
    assert "handover=referral-" in start and "Μαρία" not in start

    slot = free_slots(net["service"], places=[net["branch"].place_id], notice_minutes=0)[0]
    day = slot.start.astimezone(ATHENS).date().isoformat()
    times = desk.get(f"{start}&day={day}").content.decode()
    assert 'value="Μαρία Αντωνίου"' in times and 'value="+306941112233"' in times
    assert referral.display_reference in times
    assert 'name="handover"' not in times  # the POST keeps it in the address

    answers = booking_answers(slot, name="Μαρία Αντωνίου", phone="6941112233", language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(start, answers)

    appointment = Appointment.objects.get(name="Μαρία Αντωνίου")
    assert response.status_code == 302 and response.url == detail_url(appointment)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED
    assert referral.outcome == "appointment"
    assert referral.outcome_object == appointment
    assert referral.decided_by == net["desk_branch"]
    shown = desk.get(detail(referral)).content.decode()
    assert appointment.display_reference in shown and detail_url(appointment) in shown
    assert "handover=" not in shown  # decided: no more ways in

    token = rb.token_for(net["partner"])
    seen = client.get(
        f"/api/v1/referrals/{referral.reference}", headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert (seen["status"], seen["accepted_into"]) == ("accepted", "appointment")
    partner_page = client_for(net["partner"]).get(detail(referral)).content.decode()
    assert appointment.display_reference not in partner_page


def test_a_handover_is_ignored_for_staff_of_another_place_or_a_decided_referral(net):
    referral = rb.referral(net["partner"], net["service"], net["branch"])
    start = outcomes.OUTCOMES["appointment"].start_url(referral)
    other = client_for(net["desk_other"]).get(start).content.decode()
    assert referral.display_reference not in other and "Μαρία" not in other

    outcomes.give_back(referral, "Λάθος υπηρεσία", net["desk_all"])
    again = client_for(net["desk_all"]).get(start).content.decode()
    assert referral.display_reference not in again and "Μαρία" not in again


def test_returning_a_referral_needs_a_reason_and_the_partner_sees_it(client, net):
    referral = rb.referral(net["partner"], net["service"], net["branch"])
    desk = client_for(net["desk_branch"])
    url = reverse("referrals:return", args=[referral.pk])

    empty = desk.post(url, {"reason": "   "})
    assert empty.status_code == 200
    assert "Please write why the referral is returned." in empty.content.decode()
    assert Referral.objects.get().status == ReferralStatus.PENDING

    response = desk.post(url, {"reason": "Η υπηρεσία δίνεται από το Κέντρο Υγείας."})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.RETURNED
    assert referral.return_reason == "Η υπηρεσία δίνεται από το Κέντρο Υγείας."
    assert not outcomes.give_back(referral, "again", net["desk_all"])  # already decided

    partner_page = client_for(net["partner"]).get(detail(referral)).content.decode()
    assert "Η υπηρεσία δίνεται από το Κέντρο Υγείας." in partner_page
    token = rb.token_for(net["partner"])
    seen = client.get("/api/v1/referrals", headers={"Authorization": f"Bearer {token}"}).json()
    assert seen["contents"][0]["status"] == "returned"
    assert seen["contents"][0]["return_reason"].startswith("Η υπηρεσία")


def test_staff_who_may_only_view_cannot_decide(net):
    viewer = rb.b.staff_user(
        "viewer",
        permissions=["referrals.view_referral", "wagtailadmin.access_admin"],
        all_places=True,
    )
    set_admin_language(viewer, "en")
    referral = rb.referral(net["partner"], net["service"], net["branch"])
    client = client_for(viewer)
    page = client.get(detail(referral)).content.decode()
    assert "Μαρία Αντωνίου" in page and "handover=" not in page
    client.post(reverse("referrals:return", args=[referral.pk]), {"reason": "όχι"})
    assert Referral.objects.get().status == ReferralStatus.PENDING


def test_personal_data_is_emptied_after_the_retention_period(net, clock):
    old = rb.referral(net["partner"], net["service"], net["branch"])
    outcomes.give_back(old, "Δεν είναι για εμάς", net["desk_all"])
    clock.shift(datetime.timedelta(days=91))
    fresh = rb.referral(net["partner"], net["service"], net["branch"], name="Νέα Παραπομπή")

    result = housekeeping.call()

    assert result["referrals_anonymised"] == 1
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.name, old.phone, old.reason, old.return_reason) == ("", "", "", "")
    assert old.anonymised_at is not None and old.status == ReferralStatus.RETURNED
    assert fresh.name == "Νέα Παραπομπή" and fresh.anonymised_at is None
    assert retention.anonymise_due() == 0
    clock.shift(datetime.timedelta(days=91))
    assert housekeeping.call()["referrals_anonymised"] == 1
    fresh.refresh_from_db()
    assert fresh.name == "" and fresh.anonymised_at is not None
