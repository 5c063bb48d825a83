"""Activities in a community's local space (issue 16): a hall run by a branch.

An activity is held at exactly one of a branch, a van stop or a local
space (a database constraint). A space's activity is on the list filtered
by the space and by its community, its page says how to find the hall, its
feed carries the hall's LOCATION and GEO, the staff of the branch that runs
the hall see its rosters (and no one else), the people who come count in
that branch's figures, and editors add and change spaces in the admin in
four languages. A space is not a place kind: it never appears in the
booking flow's places.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

import pytest
from icalendar import Calendar

from activities import seats, sessions
from activities.models import ActivityPage, LocalSpace, Seat
from figures.compute import compute
from services_catalog.places import load_place, parse_place_id
from tests import builders
from tests.activities.builders import activity, details, local_space
from tests.doors import FRONT_DESK
from tests.helpers import login_staff

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def hall(home):
    runs_it = builders.branch(title="Παράρτημα Ρομά")
    kaminia = builders.community("3i", "3η Δημοτική Κοινότητα", en="3rd Municipal Community")
    space = local_space(runs_it, community_obj=kaminia, accessibility_el="Ισόγειο χωρίς σκαλιά.")
    stories = activity(
        space=space,
        seats=8,
        titles={
            "el": "Παραμύθια για γονείς και παιδιά",
            "en": "Stories for parents and children",
            "ar": "حكايات للأهل والأطفال",
        },
        valid_until=datetime.date(2027, 1, 31),
    )
    return runs_it, kaminia, space, stories


def test_an_activity_is_held_at_exactly_one_place(hall):
    runs_it, _kaminia, space, stories = hall
    assert stories.place == space and stories.place.place_id == f"space-{space.pk}"
    at_both = ActivityPage.objects.filter(pk=stories.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        at_both.update(branch=runs_it)
    with pytest.raises(IntegrityError), transaction.atomic():
        at_both.update(space=None)
    stories.refresh_from_db()
    stories.branch = runs_it
    with translation.override("el"), pytest.raises(ValidationError) as refused:
        stories.clean()
    assert refused.value.message_dict["branch"] == [
        "Επιλέξτε μια δομή, μια στάση της κινητής μονάδας ή έναν τοπικό χώρο: ένα από τα τρία."
    ]
    # Not a place kind: the doors that book or list places never take it.
    assert parse_place_id(f"space-{space.pk}") is None and load_place(f"space-{space.pk}") is None


def test_the_list_by_community_and_by_place_includes_the_space(client, hall):
    _runs_it, kaminia, space, stories = hall
    elsewhere = activity(branch=builders.branch(community_obj=builders.community("1i")))
    index = builders.url(stories.get_parent().specific, "en")
    by_community = client.get(f"{index}?community={kaminia.slug}").content.decode()
    assert stories.title_en in by_community and elsewhere.title_en not in by_community
    by_place = client.get(f"{index}?place=space-{space.pk}")
    html = by_place.content.decode()
    assert by_place.status_code == 200
    assert stories.title_en in html and elsewhere.title_en not in html
    assert f'<option value="space-{space.pk}" selected>{space.name_en}</option>' in html
    assert client.get(f"{index}?place=space-99999999999").status_code == 400
    assert client.get(f"{index}?place=space-x").status_code == 400


def test_the_activity_page_says_where_the_hall_is_in_greek_and_arabic(client, hall):
    runs_it, _kaminia, space, stories = hall
    greek = client.get(builders.url(stories, "el"))
    html = greek.content.decode()
    assert greek.status_code == 200
    assert space.name_el in html and space.address_el in html and "185 40" in html
    assert "3η Δημοτική Κοινότητα" in html
    assert "Δίπλα στην παιδική χαρά." in html and "Ισόγειο χωρίς σκαλιά." in html
    assert "Υπεύθυνο παράρτημα" in html and runs_it.title in html
    assert "https://www.openstreetmap.org/?mlat=37.960900&amp;mlon=23.667800" in html
    # The name links to what is on at the hall (it has no page of its own).
    assert f"?place=space-{space.pk}" in html
    arabic = client.get(builders.url(stories, "ar"))
    html = arabic.content.decode()
    assert arabic.status_code == 200 and '<html lang="ar" dir="rtl"' in html
    assert space.name_ar in html and "بجانب ملعب الأطفال." in html
    assert f'{space.address_ar}، <bdi dir="ltr" class="nowrap">185 40</bdi>' in html  # Arabic comma
    # No Arabic accessibility text: the Greek one, marked as Greek.
    assert '<span lang="el" dir="ltr"><bdi dir="ltr" lang="el">Ισόγειο χωρίς σκαλιά</bdi>' in html


def test_the_feed_carries_the_halls_location_and_point(client, hall):
    _runs_it, _kaminia, space, stories = hall
    response = client.get(f"/en/activities/{stories.pk}/calendar.ics")
    found = list(Calendar.from_ical(response.content).walk("VEVENT"))
    assert response.status_code == 200 and len(found) == len(sessions.coming(stories)) > 0
    assert str(found[0]["location"]) == f"{space.name_en}, {space.address_en}, 185 40"
    geo = found[0]["geo"]
    assert (geo.latitude, geo.longitude) == (37.9609, 23.6678)


def test_the_staff_of_the_branch_running_the_hall_see_its_rosters(client, hall, clock):
    runs_it, _kaminia, _space, stories = hall
    other = builders.branch()
    key = sessions.coming(stories)[0].key
    family, _ = seats.sign_up(activity=stories, details=details(), party_size=3, session_key=key)
    roster = f"/admin/activity-sessions/{stories.pk}/{key}/"
    login_staff(client, builders.staff_user("desk-roma", groups=[FRONT_DESK], branches=[runs_it]))
    assert stories.title in client.get("/admin/activity-sessions/").content.decode()
    assert "Αμίνα" in client.get(roster).content.decode()
    login_staff(client, builders.staff_user("desk-other", groups=[FRONT_DESK], branches=[other]))
    assert stories.title not in client.get("/admin/activity-sessions/").content.decode()
    assert client.get(roster).status_code == 404
    # Who came counts in the figures of the branch that runs the hall.
    day = datetime.date(2027, 1, 12)
    before = compute(runs_it, today=day).total
    seats.mark_attendance(Seat.objects.get(sign_up=family), 2)
    assert compute(runs_it, today=day).total == before + 2
    assert compute(other, today=day).total == 0


def test_editors_add_and_change_a_local_space_in_the_admin(client, home):
    runs_it = builders.branch()
    kaminia = builders.community("3i", "3η Δημοτική Κοινότητα")
    editor = builders.staff_user("editor-spaces", groups=["Editors"])
    login_staff(client, editor)
    add = client.get(reverse("wagtailsnippets_activities_localspace:add"))
    html = add.content.decode()
    assert add.status_code == 200
    for lang in ("el", "en", "ar", "fa"):
        assert f'name="name_{lang}"' in html and f'name="directions_{lang}"' in html
    form = {
        "name_el": "Αίθουσα του συλλόγου",
        "name_en": "Association hall",
        "name_ar": "قاعة الجمعية",
        "name_fa": "سالن انجمن",
        "branch": runs_it.pk,
        "address_el": "Πλαστήρα 18",
        "postal_code": "185 40",
        "community": kaminia.pk,
        "latitude": "37.960900",
        "longitude": "23.667800",
        "directions_el": "Η πράσινη πόρτα.",
    }
    created = client.post(reverse("wagtailsnippets_activities_localspace:add"), form)
    assert created.status_code == 302
    space = LocalSpace.objects.get(name_el="Αίθουσα του συλλόγου")
    assert (space.branch, space.community, space.name_fa) == (runs_it, kaminia, "سالن انجمن")
    edit_url = reverse("wagtailsnippets_activities_localspace:edit", args=[space.pk])
    changed = client.post(edit_url, {**form, "directions_en": "The green door."})
    assert changed.status_code == 302
    space.refresh_from_db()
    assert space.directions_en == "The green door."
    # A space with no branch is refused, with the form again.
    refused = client.post(edit_url, {**form, "branch": ""})
    assert refused.status_code == 200
    assert "Αυτό το πεδίο είναι υποχρεωτικό." in refused.content.decode()  # the admin in Greek
    space.refresh_from_db()
    assert space.branch == runs_it
    listing = client.get(reverse("wagtailsnippets_activities_localspace:list"))
    assert "Αίθουσα του συλλόγου" in listing.content.decode()
    # Front-desk staff do not edit spaces.
    login_staff(client, builders.staff_user("desk-spaces", groups=[FRONT_DESK], all_places=True))
    assert client.get(edit_url).status_code in (302, 403)


def test_the_activity_editor_offers_the_space_and_a_space_in_use_stays(client, hall):
    _runs_it, _kaminia, space, stories = hall
    login_staff(client, builders.staff_user("editor-activity", groups=["Editors"]))
    delete_url = reverse("wagtailsnippets_activities_localspace:delete", args=[space.pk])
    refused = client.post(delete_url)
    # Wagtail refuses to delete what a page still uses (PROTECT): no 500, the space stays.
    assert refused.status_code == 302 and LocalSpace.objects.filter(pk=space.pk).exists()
    page = client.get(reverse("wagtailadmin_pages:edit", args=[stories.pk]))
    html = page.content.decode()
    assert page.status_code == 200 and 'name="space"' in html
    assert 'name="branch"' in html and 'name="stop"' in html
