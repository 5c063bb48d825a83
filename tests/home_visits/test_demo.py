"""The demo content: a team with its hours, three waiting requests and one scheduled visit."""

import pytest

from home_visits import demo
from home_visits.choices import RequestStatus
from home_visits.models import HomeVisitRequest
from services_catalog.models import HomeVisitTeam
from tests import builders as b

pytestmark = pytest.mark.django_db


def test_the_demo_loads_once_and_schedules_one_visit(home, clock):
    b.service("Κοινωνική υπηρεσία", bookable=False)
    b.community("1i-koinotita", "1η Δημοτική Κοινότητα")

    class Out(list):
        write = list.append

    demo.load(Out())
    demo.load(Out())

    team = HomeVisitTeam.objects.get()
    assert team.name_ar == "فريق الزيارات المنزلية" and team.windows.count() == 1
    statuses = sorted(HomeVisitRequest.objects.values_list("status", flat=True))
    assert statuses == [RequestStatus.SCHEDULED] + [RequestStatus.WAITING] * 3
    scheduled = HomeVisitRequest.objects.get(status=RequestStatus.SCHEDULED)
    assert scheduled.appointment.home_team == team
