"""Builders of the home-visit tests: a team with its windows, and requests.

Requests are made only through `home_visits.requests.create`, the one way
the portal makes them (the public form, the demo loader and referrals call it).
"""

from home_visits import requests
from services_catalog.models import HomeVisitTeam, HomeVisitWindow
from tests import builders as b
from tests.booking import builders as bb

ADDRESS = "Οδός Ζήνωνος 17, 3ος όροφος, κουδούνι Ραφαηλίδη"


def team(
    name="Ομάδα κατ' οίκον 1",
    *,
    communities=None,
    capacity=1,
    rule=b.WEEKDAYS,
    start="09:00",
    end="13:00",
    minutes=60,
    service=None,
    **window,
):
    """A live team serving `communities`, visiting on `rule` from `start` to `end`
    (`window`: more of the window's fields, e.g. open_on_public_holidays)."""
    service = service or b.service("Κοινωνική εργασία στο σπίτι", bookable=False)
    obj = HomeVisitTeam.objects.create(
        name_el=name, name_en="Home-visit team", service=service, visit_minutes=minutes
    )
    obj.communities.set(communities or [b.community()])
    obj.save()  # a ParentalManyToManyField is written on save
    HomeVisitWindow.objects.create(
        team=obj, **b.window_values(rule, start, end, capacity, **window)
    )
    return obj


def visit_request(team_obj=None, **overrides):
    """A waiting request to `team_obj` (its first community), with believable answers."""
    community = overrides.pop("community", None) or (
        team_obj.communities.first() if team_obj else b.community()
    )
    fields = {
        "name": "Ευτυχία Ραφαηλίδη",
        "phone": bb.phone(),
        "language": "el",
        "reason": "age",
        "address": ADDRESS,
        "postal_code": "185 36",
        "best_days": "tue,thu",
    }
    fields.update(overrides)
    return requests.create(community=community, team=team_obj, **fields)


def staff(username, *, teams=None, all_places=False):
    """A Front desk user whose access names `teams` (home-visit teams) only."""
    user = b.staff_user(username, groups=["Front desk"], branches=[], all_places=all_places)
    if teams is not None:
        give_teams(user, teams)
    return user


def give_teams(user, teams):
    """Name `teams` in the user's front-desk access (written on save: a ParentalManyToMany)."""
    access = user.booking_access
    access.home_visit_teams.set(teams)
    access.save()


class DownSMSBackend:
    """A text-message provider that is down (BOOKING_SMS_BACKEND in a test)."""

    def send(self, phone, text):
        raise ConnectionError("provider down")
