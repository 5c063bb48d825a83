"""A referral accepted into a call-back or a home visit: the outcomes those apps register
(referrals.outcomes), prefilled through booking.handovers like "into an appointment"."""

from django.urls import reverse

import pytest

from callbacks.choices import CallbackStatus
from callbacks.models import CallbackRequest
from home_visits.choices import RequestedBy, RequestStatus
from home_visits.models import HomeVisitRequest
from referrals import outcomes
from referrals.choices import ReferralStatus
from tests.booking.staff_helpers import client_for
from tests.helpers import set_admin_language
from tests.home_visits import builders as hb
from tests.referrals import builders as rb

pytestmark = pytest.mark.django_db

# The staff's button and the partner's "what happens now", in each admin language.
TEXTS = {
    "el": ("Σε επανάκληση", "Το κέντρο θα τηλεφωνήσει στον πολίτη."),
    "ar": ("إلى معاودة اتصال", "سيتصل المركز بالمواطن."),
}
HOME_TEXTS = {"el": "Σε επίσκεψη στο σπίτι", "ar": "إلى زيارة منزلية"}


@pytest.fixture
def net(home, clock):
    world = rb.network()
    world["team"] = hb.team(communities=[rb.b.community()])
    return world


def detail(referral):
    return reverse("referrals:detail", args=[referral.pk])


def partner_sees(net, referral, lang):
    set_admin_language(net["partner"], lang)
    return client_for(net["partner"]).get(detail(referral)).content.decode()


@pytest.mark.parametrize("lang", ["el", "ar"])
def test_into_a_call_back_prefills_makes_the_request_and_links_it(
    net, lang, django_capture_on_commit_callbacks
):
    referral = rb.referral(net["partner"], net["service"], net["branch"], language=lang)
    set_admin_language(net["desk_branch"], lang)
    desk = client_for(net["desk_branch"])
    start = outcomes.OUTCOMES["callback"].start_url(referral)
    assert "Μαρία" not in start and "handover=referral-" in start

    page = desk.get(detail(referral)).content.decode()
    assert TEXTS[lang][0] in page and start.replace("&", "&amp;") in page

    form = desk.get(start).content.decode()
    assert 'value="Μαρία Αντωνίου"' in form and 'value="694 111 2233"' in form
    assert referral.reason in form and referral.display_reference in form

    answers = {
        "name": "Μαρία Αντωνίου",
        "phone": "694 111 2233",
        "language": lang,
        "best_time": "morning",
        "interpreter_needed": "no",
        "topic": referral.reason,
        "place": net["branch"].place_id,
        "service": str(net["service"].pk),
    }
    with django_capture_on_commit_callbacks(execute=False):
        response = desk.post(start, answers)
    assert response.status_code == 302

    callback = CallbackRequest.objects.get()
    assert (callback.name, callback.phone, callback.language) == (
        "Μαρία Αντωνίου",
        "+306941112233",
        lang,
    )
    assert callback.branch == net["branch"] and callback.service == net["service"]
    assert callback.status == CallbackStatus.WAITING
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED
    assert (referral.outcome, referral.outcome_object) == ("callback", callback)
    staff_page = desk.get(detail(referral)).content.decode()
    described = {"el": "Αίτημα επανάκλησης", "ar": "طلب معاودة الاتصال"}[lang]
    assert f"{described} {callback.pk}" in staff_page
    assert f"{reverse('callbacks_queue:index')}?shown=all" in staff_page

    shown = partner_sees(net, referral, lang)
    assert TEXTS[lang][1] in shown and f"{described} {callback.pk}" not in shown

    # Decided: a second try neither shows the form nor makes a second request.
    assert desk.get(start).status_code == 404
    desk.post(start, answers)
    assert CallbackRequest.objects.count() == 1


@pytest.mark.parametrize("lang", ["el", "ar"])
def test_into_a_home_visit_prefills_makes_the_request_and_links_it(net, lang):
    referral = rb.referral(net["partner"], net["service"], net["branch"], language=lang)
    desk_user = net["desk_all"]
    set_admin_language(desk_user, lang)
    desk = client_for(desk_user)
    start = outcomes.OUTCOMES["home_visit"].start_url(referral)

    assert HOME_TEXTS[lang] in desk.get(detail(referral)).content.decode()
    form = desk.get(start).content.decode()
    assert 'value="Μαρία Αντωνίου"' in form and "Κοινωνική Υπηρεσία Πειραιά" in form
    assert referral.reason in form

    community = net["team"].communities.first()
    answers = {
        "requested_by": RequestedBy.PARTNER,
        "requester_name": "Κοινωνική Υπηρεσία Πειραιά",
        "organisation": "Κοινωνική Υπηρεσία Πειραιά",
        "name": "Μαρία Αντωνίου",
        "phone": "694 111 2233",
        "language": lang,
        "reason": "illness",
        "reason_details": referral.reason,
        "address": hb.ADDRESS,
        "community": community.pk,
    }
    missing = desk.post(start, {**answers, "address": ""})
    assert missing.status_code == 200 and not HomeVisitRequest.objects.exists()

    response = desk.post(start, answers)
    visit = HomeVisitRequest.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("home_visits_detail", args=[visit.pk])
    assert (visit.status, visit.team, visit.address) == (
        RequestStatus.WAITING,
        net["team"],
        hb.ADDRESS,
    )
    assert (visit.requested_by, visit.language) == (RequestedBy.PARTNER, lang)
    referral.refresh_from_db()
    assert (referral.status, referral.outcome) == (ReferralStatus.ACCEPTED, "home_visit")
    assert referral.outcome_object == visit
    staff_page = desk.get(detail(referral)).content.decode()
    assert visit.reference in staff_page
    assert reverse("home_visits_detail", args=[visit.pk]) in staff_page
    partner_page = partner_sees(net, referral, lang)
    assert visit.reference not in partner_page and hb.ADDRESS not in partner_page

    desk.post(start, answers)  # no longer pending: nothing more is made
    assert HomeVisitRequest.objects.count() == 1


@pytest.mark.parametrize("key", ["callback", "home_visit"])
def test_a_partner_or_staff_of_another_place_cannot_accept(net, key):
    referral = rb.referral(net["partner"], net["service"], net["branch"])
    start = outcomes.OUTCOMES[key].start_url(referral)
    for user in (net["partner"], net["desk_other"], net["editor"]):
        response = client_for(user).get(start)
        assert response.status_code in (302, 403, 404), user
        assert "Μαρία" not in response.content.decode()
        client_for(user).post(start, {"name": "X", "phone": "6941112233"})
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.PENDING
    assert not CallbackRequest.objects.exists() and not HomeVisitRequest.objects.exists()


def test_a_referral_accepted_once_cannot_be_accepted_into_another(net):
    referral = rb.referral(net["partner"], net["service"], net["branch"])
    visit = hb.visit_request(net["team"])
    callback = CallbackRequest.objects.create(name="A", phone="+306941112233", language="el")
    assert outcomes.accept(referral, None, callback, net["desk_all"])
    assert not outcomes.accept(referral, None, visit, net["desk_all"])
    referral.refresh_from_db()
    assert referral.outcome_object == callback
    assert outcomes.available(referral) == []
    assert outcomes.key_for(visit) == "home_visit"
