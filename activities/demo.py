"""Demo content of activities (`manage.py load_demo`): what's on, a local space, four activities.

A Greek course for adults at the ΚΕΜ branch (twice a week, one sign-up for
the whole series, full, three people waiting), a children's intercultural
workshop at a branch (per session), a drop-in information session on a
benefit at a van stop, and stories for parents and young children in a
neighbourhood association's hall in Kaminia (a local space run by the Roma
branch) — in four languages, texts in `demo_content/activities.py`.
Idempotent: pages are updated in place; sign-ups are made once, through
`activities.seats` (the ledger), without messages (made-up numbers).
"""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

import recurrence

from activities import seats, sessions
from activities.models import ActivityIndexPage, ActivityPage, ActivitySchedule, LocalSpace
from demo_content import activities as content
from portal.demo.builders import ensure_page, set_translated
from portal.models import HomePage
from services_catalog.models import BranchPage, Community, Stop, TargetGroup

DEMO_PHONE = "+3069000{:05d}"


def load(stdout):
    index, _ = ensure_page(
        HomePage.objects.get(),
        ActivityIndexPage,
        slug=content.INDEX["slug"],
        title=content.INDEX["title"],
        fields={"intro": content.INDEX["intro"]},
    )
    spaces = {spec["key"]: _ensure_space(spec) for spec in content.LOCAL_SPACES}
    made = 0
    for number, spec in enumerate(content.ACTIVITIES):
        place = _place(spec["place"], spaces)
        if place is None:
            continue
        activity = _ensure_activity(index, spec, place)
        made += _ensure_sign_ups(activity, spec, number)
    stdout.write(
        f"Activities: {len(content.ACTIVITIES)} activities, {len(spaces)} local space, "
        f"{made} demo sign-ups"
    )


def _ensure_space(spec):
    """The demo local space (by its Greek name), updated in place; None without its branch."""
    branch = BranchPage.objects.filter(slug_el=spec["branch"]).first()
    community = Community.objects.filter(slug=spec["community"]).first()
    if branch is None or community is None:
        return None
    space = LocalSpace.objects.filter(name_el=spec["name"]["el"]).first() or LocalSpace()
    plain = {
        "branch_id": branch.pk,
        "community_id": community.pk,
        "postal_code": spec["postal_code"],
        "latitude": Decimal(spec["latitude"]),
        "longitude": Decimal(spec["longitude"]),
    }
    changed = space.pk is None
    for field, value in plain.items():
        changed |= getattr(space, field) != value
        setattr(space, field, value)
    for field in ("name", "address", "directions", "accessibility"):
        changed |= set_translated(space, field, spec[field])
    if changed:  # an unchanged save would still empty the page cache
        space.save()
    return space


def _place(spec, spaces):
    kind, slug = spec
    if kind == "space":
        return spaces.get(slug)
    if kind == "branch":
        branches = BranchPage.objects.live().order_by("path")
        return (
            branches.filter(slug_el=slug).first()
            if slug
            else branches.exclude(slug_el="parartima-kem").first()
        )
    return (
        Stop.objects.filter(mobile_unit__live=True)
        .order_by("mobile_unit__path", "sort_order")
        .first()
    )


@transaction.atomic
def _ensure_activity(index, spec, place):
    activity, _ = ensure_page(
        index,
        ActivityPage,
        slug=spec["slug"],
        title=spec["title"],
        fields={
            "summary": spec["summary"],
            "description": spec["description"],
            "what_to_bring": spec["what_to_bring"],
            "accessibility": spec["accessibility"],
            "held_in": spec["held_in"],
            "age_min": spec.get("age_min"),
            "age_max": spec.get("age_max"),
            "seats": spec["seats"],
            "seats_per": spec["seats_per"],
            "attendance": spec["attendance"],
            "branch": place if place.kind == "branch" else None,
            "stop": place if place.kind == "stop" else None,
            "space": place if place.kind == "space" else None,
        },
    )
    activity.target_groups.set(TargetGroup.objects.filter(slug__in=spec["groups"]))
    if not activity.schedules.exists():
        ActivitySchedule.objects.create(activity=activity, **_window(spec))
        page = ActivityPage.objects.get(pk=activity.pk)
        page.save_revision().publish()
    return ActivityPage.objects.get(pk=activity.pk)


def _window(spec):
    """Relative to today, so the demo always shows what is to come."""
    today = timezone.localdate()
    start = datetime.time.fromisoformat(spec["start"])
    end = datetime.time.fromisoformat(spec["end"])
    if spec["rule"] is None:
        day = today + datetime.timedelta(days=spec["in_days"])
        rule = recurrence.Recurrence(rdates=[datetime.datetime.combine(day, start)])
        return {"recurrence": rule, "start_time": start, "end_time": end, "valid_from": day}
    return {
        "recurrence": recurrence.deserialize(spec["rule"]),
        "start_time": start,
        "end_time": end,
        "valid_from": today,
        "valid_until": today + datetime.timedelta(weeks=spec["weeks"]),
    }


def _ensure_sign_ups(activity, spec, number):
    if not activity.needs_sign_up or activity.sign_ups.exists():
        return 0
    coming = sessions.bookable(sessions.coming(activity))
    if not coming:
        return 0
    key = None if activity.is_series else coming[0].key
    made = 0
    total = spec["sign_ups"] + spec["waiting"]
    for n in range(total):
        name, language = content.PEOPLE[n % len(content.PEOPLE)]
        details = {
            "name": name,
            "phone": DEMO_PHONE.format(number * 100 + n),
            "email": "",
            "language": language,
            "interpreter_needed": language in ("ar", "fa") and n % 3 == 0,
            "interpreter_language": language if language in ("ar", "fa") and n % 3 == 0 else "",
            "interpreter_language_other": "",
            "accessibility_needs": "",
        }
        try:
            seats.sign_up(
                activity=activity,
                details=details,
                session_key=key,
                waiting_list=n >= spec["sign_ups"],
                notify=False,
            )
        except seats.SignUpError:
            continue
        made += 1
    return made
