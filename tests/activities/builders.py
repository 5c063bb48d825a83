"""Shared builders of the activities tests: the "What's on" page, local spaces and activities."""

import datetime
import itertools
from decimal import Decimal

from activities.models import ActivityIndexPage, ActivityPage, ActivitySchedule, LocalSpace
from portal.demo.builders import ensure_page, set_translated
from tests import builders
from tests.builders import home_page, window_values

_counter = itertools.count(1)

MONDAY_AND_THURSDAY = "RRULE:FREQ=WEEKLY;BYDAY=MO,TH"


def whats_on():
    page, _ = ensure_page(
        home_page(),
        ActivityIndexPage,
        slug={"el": "drastiriotites", "en": "whats-on", "ar": "الأنشطة", "fa": "فعالیت-ها"},
        title={"el": "Δραστηριότητες", "en": "What's on", "ar": "الأنشطة", "fa": "فعالیت‌ها"},
    )
    return page


def local_space(branch=None, *, community_obj=None, **fields):
    """A community hall run by `branch` (a new branch by default), in el, en and ar."""
    n = next(_counter)
    space = LocalSpace(
        branch=branch or builders.branch(),
        community=community_obj or builders.community(),
        postal_code="185 40",
        latitude=Decimal("37.960900"),
        longitude=Decimal("23.667800"),
        **fields,
    )
    set_translated(
        space,
        "name",
        {"el": f"Αίθουσα συλλόγου {n}", "en": f"Association hall {n}", "ar": f"قاعة الجمعية {n}"},
    )
    set_translated(
        space,
        "address",
        {"el": f"Πλαστήρα {n}", "en": f"{n} Plastira Street", "ar": f"شارع بلاستيرا {n}"},
    )
    set_translated(
        space,
        "directions",
        {
            "el": "Δίπλα στην παιδική χαρά.",
            "en": "Next to the playground.",
            "ar": "بجانب ملعب الأطفال.",
        },
    )
    space.save()
    return space


def activity(
    *,
    branch=None,
    stop=None,
    space=None,
    seats=5,
    seats_per="session",
    attendance="sign_up",
    rule=MONDAY_AND_THURSDAY,
    start="17:00",
    end="19:00",
    valid_from=None,
    valid_until=None,
    titles=None,
    **fields,
):
    n = next(_counter)
    page, _ = ensure_page(
        whats_on(),
        ActivityPage,
        slug={"el": f"drastiriotita-{n}", "en": f"activity-{n}", "ar": f"nashat-{n}"},
        title=titles
        or {
            "el": f"Μαθήματα ελληνικών {n}",
            "en": f"Greek lessons {n}",
            "ar": f"دروس اليونانية {n}",
        },
        fields={
            "summary": {"el": "Για ενήλικες.", "en": "For adults.", "ar": "للبالغين."},
            "branch": branch,
            "stop": stop,
            "space": space,
            "seats": seats,
            "seats_per": seats_per,
            "attendance": attendance,
            **fields,
        },
    )
    ActivitySchedule.objects.create(
        activity=page,
        **window_values(
            rule,
            start,
            end,
            valid_from=valid_from or datetime.date(2027, 1, 1),
            valid_until=valid_until,
        ),
    )
    return page


def details(phone="+306912345678", language="el", **extra):
    return {
        "name": "Αμίνα",
        "phone": phone,
        "email": "",
        "language": language,
        "interpreter_needed": False,
        "interpreter_language": "",
        "interpreter_language_other": "",
        "accessibility_needs": "",
        **extra,
    }
