"""The front desk's citizen-data tool finds and erases a citizen's records at every door
(booking.citizen_data): waiting list, call-backs, contact messages, home visits, referrals,
by phone number or e-mail, only at the user's places, audited without the number."""

import json
import random

from django.utils import timezone

import pytest

from booking import audit as booking_audit
from booking import reservations
from booking.choices import EntryStatus
from booking.models import WaitlistEntry
from callbacks.models import CallbackRequest
from contact.models import ContactMessage
from home_visits.choices import RequestStatus
from home_visits.models import HomeVisitRequest
from referrals.models import Referral
from tests.booking import builders as bb
from tests.booking.staff_helpers import CITIZEN_DATA, client_for
from tests.home_visits import builders as hb
from tests.referrals import builders as rb

pytestmark = pytest.mark.django_db


def random_mobile():
    digits = random.randrange(10**7, 10**8)
    return f"+3069{digits}", f"69{str(digits)[:2]} {str(digits)[2:]}"


@pytest.fixture
def held(home, clock):
    net = rb.network()
    team = hb.team(communities=[rb.b.community()])
    phone, typed = random_mobile()
    other_phone, _typed = random_mobile()
    branch = net["branch"]
    records = {
        "waitlist": WaitlistEntry.objects.create(
            service=net["service"],
            place_id=branch.place_id,
            name="Λένα Παππά",
            phone=phone,
            email="lena@example.org",
            language="el",
            consent_at=timezone.now(),
            leave_token_hash="a" * 64,
        ),
        "callback": CallbackRequest.objects.create(
            name="Λένα Παππά", phone=phone, language="el", branch=branch, topic="Έγγραφα"
        ),
        "contact": ContactMessage.objects.create(
            name="Λένα Παππά",
            email="LENA@example.org",
            message="Ερώτηση",
            language="el",
            branch=branch,
        ),
        "referral": rb.referral(
            net["partner"], net["service"], branch, name="Λένα Παππά", phone=phone
        ),
        "home_visit": hb.visit_request(team, name="Λένα Παππά", phone=phone),
        "elsewhere": CallbackRequest.objects.create(
            name="Λένα Παππά", phone=phone, language="el", branch=net["other_branch"]
        ),
        "someone_else": CallbackRequest.objects.create(
            name="Άλλος", phone=other_phone, language="el", branch=branch
        ),
    }
    return {**net, "records": records, "phone": phone, "typed": typed}


def find(client, held, action="find-contact", **extra):
    data = {"phone": held["typed"], "email": "lena@example.org", "action": action, **extra}
    return client.post(CITIZEN_DATA, data)


def test_finding_shows_every_door_at_the_users_places_only(held):
    page = find(client_for(held["desk_branch"]), held).content.decode()
    assert "Λένα Παππά" in page
    for title in (
        f"Call-back request {held['records']['callback'].pk}",
        f"Contact message {held['records']['contact'].pk}",
        f"Referral {held['records']['referral'].display_reference}",
        f"Waiting-list entry {held['records']['waitlist'].pk}",
    ):
        assert title in page
    assert f"Call-back request {held['records']['elsewhere'].pk}" not in page
    assert "Άλλος" not in page
    assert held["records"]["home_visit"].reference not in page  # no team of theirs

    everywhere = find(client_for(held["desk_all"]), held).content.decode()
    assert held["records"]["home_visit"].reference in everywhere
    assert hb.ADDRESS in everywhere

    lookups = booking_audit.entries().filter(action="booking.citizen_data.lookup_contact")
    entry = lookups.get(user=held["desk_branch"])
    assert entry.data["records"]["callbacks"] == 1 and entry.data["by"] == "phone"
    assert held["phone"] not in json.dumps(entry.data) and "lena" not in json.dumps(entry.data)


def test_download_holds_every_record_as_json(held):
    response = find(client_for(held["desk_all"]), held, action="download-contact")
    assert response["Content-Type"].startswith("application/json")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert set(data) == {"waitlist", "callbacks", "contact", "referrals", "home_visits"}
    assert len(data["callbacks"]) == 2  # the branch's and the other branch's
    assert data["home_visits"][0]["address"] == hb.ADDRESS


def test_erasing_asks_first_then_empties_every_door_and_nothing_else(held):
    desk = client_for(held["desk_all"])
    asked = find(desk, held, action="erase-contact").content.decode()
    assert "Erase the personal data of these records now?" in asked
    assert CallbackRequest.objects.filter(name="Λένα Παππά").count() == 2

    response = find(desk, held, action="erase-contact-confirmed")
    assert response.status_code == 302
    records = held["records"]
    for key in ("waitlist", "callback", "contact", "referral", "home_visit", "elsewhere"):
        record = type(records[key]).objects.get(pk=records[key].pk)
        assert record.anonymised_at is not None, key
        assert record.name == "" and getattr(record, "phone", "") == "", key
    assert WaitlistEntry.objects.get().status == EntryStatus.REMOVED
    assert HomeVisitRequest.objects.get().status == RequestStatus.DECLINED
    assert Referral.objects.get().reason == ""
    assert CallbackRequest.objects.get(pk=records["someone_else"].pk).name == "Άλλος"
    erased = booking_audit.entries().filter(action="booking.citizen_data.erase").get()
    assert sum(erased.data["records"].values()) == 6
    again = find(desk, held).content.decode()
    assert "Nothing is held under this phone number or e-mail address" in again


@pytest.mark.parametrize(
    "typed, message",
    [
        ({"phone": "", "email": ""}, "Type the citizen&#x27;s phone number or e-mail address."),
        ({"phone": "not a number", "email": ""}, "This does not look like a phone number."),
        ({"phone": "69\x00", "email": ""}, "Null characters are not allowed."),
        ({"phone": "", "email": "nobody@"}, "Enter a valid email address."),
    ],
)
def test_bad_input_is_a_clear_error_never_a_500(held, typed, message):
    response = client_for(held["desk_branch"]).post(
        CITIZEN_DATA, {**typed, "action": "erase-contact-confirmed"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert CallbackRequest.objects.filter(anonymised_at__isnull=False).count() == 0


def test_an_appointments_page_points_at_the_same_citizens_other_records(held):
    slot = bb.first_free(held["service"], held["branch"])
    appointment, _token = reservations.book(
        service=held["service"], slot_key=slot.key, details=bb.citizen(phone=held["phone"])
    )
    page = (
        client_for(held["desk_branch"])
        .post(CITIZEN_DATA, {"reference": appointment.reference, "action": "find"})
        .content.decode()
    )
    assert "also in other records at your places" in page
