"""The Referrals menu in the admin: a partner refers and sees only its own referrals;
nobody but the centre staff of the referred place sees partner data; partners reach
nothing else of the admin."""

import re

from django.urls import reverse

import pytest

from booking import audit as booking_audit
from referrals import audit
from referrals.choices import ReferralStatus
from referrals.models import Referral
from tests.booking.staff_helpers import BOOK, CITIZEN_DATA, INDEX, client_for
from tests.referrals import builders as rb

pytestmark = pytest.mark.django_db

REFER = reverse("referrals:refer")
REFERRALS = reverse("referrals:index")
TOKENS = reverse("referrals:tokens")


def detail(referral):
    return reverse("referrals:detail", args=[referral.pk])


@pytest.fixture
def net(home, clock):
    return rb.network()


def form_answers(net, **overrides):
    data = rb.answers(net["service"], net["branch"], **overrides)
    data["consent"] = "on" if data["consent"] else ""
    return data


def test_a_partner_refers_a_citizen_through_the_admin_form(net):
    client = client_for(net["partner"])
    response = client.post(REFER, form_answers(net))

    referral = Referral.objects.get()
    assert response.status_code == 302 and response.url == detail(referral)
    assert referral.organisation == net["piraeus"]
    assert referral.created_by == net["partner"]
    assert (referral.service, referral.branch, referral.stop) == (
        net["service"],
        net["branch"],
        None,
    )
    assert referral.phone == "+306941112233"
    assert referral.consent_at is not None
    assert referral.status == ReferralStatus.PENDING
    assert audit.MADE in [e.action for e in booking_audit.entries()]


def test_consent_is_required_and_nothing_typed_is_lost(net):
    client = client_for(net["partner"])
    response = client.post(REFER, form_answers(net, consent=False))

    page = response.content.decode()
    assert response.status_code == 200
    assert "We can only take a referral with the citizen&#x27;s consent." in page
    assert "Μαρία Αντωνίου" in page and "απώλεια εργασίας" in page
    assert not Referral.objects.exists()


def test_a_service_not_offered_at_the_place_is_refused_by_the_place_field(net):
    response = client_for(net["partner"]).post(
        REFER, form_answers(net, place=net["other_branch"].place_id)
    )
    assert "This service is not offered at this place." in response.content.decode()
    assert not Referral.objects.exists()


def test_a_partner_sees_only_its_own_organisations_referrals(net):
    mine = rb.referral(net["partner"], net["service"], net["branch"], name="Δική μας")
    theirs = rb.referral(net["other_partner"], net["service"], net["branch"], name="Άλλου")
    client = client_for(net["partner"])

    listing = client.get(REFERRALS).content.decode()
    assert mine.display_reference in listing
    assert theirs.display_reference not in listing
    assert "Δική μας" in client.get(detail(mine)).content.decode()
    assert client.get(detail(theirs)).status_code == 404
    assert client.get(reverse("referrals:return", args=[mine.pk])).status_code == 405
    returned = client.post(reverse("referrals:return", args=[mine.pk]), {"reason": "x"})
    assert returned.status_code in (302, 403) and returned.get("Location") != detail(mine)
    assert Referral.objects.get(pk=mine.pk).status == ReferralStatus.PENDING


def test_a_partner_reaches_nothing_else_in_the_admin(net):
    rb.referral(net["partner"], net["service"], net["branch"])
    client = client_for(net["partner"])

    dashboard = client.get("/admin/").content.decode().replace('\\"', '"')
    menu = set(re.findall(r'"url": "(/admin/[^"]*)"', dashboard))
    assert menu == {"/admin/account/", REFER, REFERRALS, TOKENS}
    for url in (
        INDEX,
        BOOK,
        CITIZEN_DATA,
        reverse("partner_accounts:index"),
        reverse("booking_audit_trail"),
        "/admin/pages/",
        "/admin/snippets/services_catalog/organisation/",
        "/admin/users/",
        "/admin/images/",
    ):
        assert client.get(url).status_code in (302, 403), url


def test_nobody_but_the_staff_of_the_referred_place_sees_partner_data(net):
    referral = rb.referral(net["partner"], net["service"], net["branch"], name="Μαρία Αντωνίου")
    for user in ("desk_branch", "desk_all"):
        client = client_for(net[user])
        assert referral.display_reference in client.get(REFERRALS).content.decode()
        assert "Μαρία Αντωνίου" in client.get(detail(referral)).content.decode()
    elsewhere = client_for(net["desk_other"])
    assert referral.display_reference not in elsewhere.get(REFERRALS).content.decode()
    assert elsewhere.get(detail(referral)).status_code == 404
    assert client_for(net["editor"]).get(REFERRALS).status_code in (302, 403)
    assert client_for(net["editor"]).get(detail(referral)).status_code in (302, 403)
    assert client_for(net["other_partner"]).get(detail(referral)).status_code == 404


def test_the_staffs_look_at_a_referral_is_audited_without_personal_data(net):
    referral = rb.referral(net["partner"], net["service"], net["branch"])
    client_for(net["desk_branch"]).get(detail(referral))

    entry = booking_audit.entries().get(action=audit.VIEW)
    assert entry.user == net["desk_branch"]
    assert entry.label == referral.display_reference
    assert "Μαρία" not in str(entry.data) and "694" not in str(entry.data)
    trail = client_for(net["desk_all"])
    assert trail.get(reverse("booking_audit_trail")).status_code in (302, 403)
    auditor = rb.b.staff_user("auditor", superuser=True)
    report = client_for(auditor).get(reverse("booking_audit_trail")).content.decode()
    assert referral.display_reference in report and detail(referral) in report


def test_a_partner_makes_and_revokes_an_api_token(net):
    client = client_for(net["partner"])
    response = client.post(TOKENS, {"label": "Case\x00 software"})
    page = response.content.decode()
    token = page.split('<code dir="ltr">')[1].split("</code>")[0]
    record = net["partner"].partner_account.tokens.get()
    assert record.label == "Case software"
    assert token not in record.token_hash and len(token) > 20
    assert "no-store" in response["Cache-Control"]

    client.post(TOKENS, {"revoke": str(record.pk)})
    record.refresh_from_db()
    assert record.revoked_at is not None


def test_a_referral_to_a_van_stop_is_seen_by_the_staff_of_that_van_only(net):
    referral = rb.referral(net["partner"], net["service"], net["stop"])
    van_desk = rb.b.staff_user("van-desk", groups=["Front desk"], units=[net["unit"]])
    rb.set_admin_language(van_desk, "en")

    assert referral.display_reference in client_for(van_desk).get(REFERRALS).content.decode()
    assert client_for(van_desk).get(detail(referral)).status_code == 200
    assert client_for(net["desk_branch"]).get(detail(referral)).status_code == 404
