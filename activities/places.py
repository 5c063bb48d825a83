"""Where activities are held, through the place abstraction only.

An activity names its place with one foreign key per kind of place, named
after the kind (`branch`, `stop`, …: see `ActivityPage.place`). These helpers
derive the fields from `services_catalog.places.PLACE_KINDS`, so the van
calendar and the API read and filter activities of any kind of place —
a new kind needs no change here.
"""

from django.db.models import Q

from services_catalog.places import public_kinds


def place_kinds():
    """The kinds of place an activity can be held at, each its own field: the public
    place kinds, and a community's local space (not a place kind: `activities.models.spaces`)."""
    from activities.models import ActivityPage  # noqa: PLC0415 (models import the codec)
    from activities.models.spaces import SPACE_KIND  # noqa: PLC0415

    fields = {field.name for field in ActivityPage._meta.get_fields()}
    return [kind for kind in [*public_kinds(), SPACE_KIND] if kind in fields]


def with_places(activities):
    """`activities` with their place and what a place shows of itself (one join)."""
    related = []
    kinds = public_kinds()
    for kind in place_kinds():
        shown = kinds[kind].window_related if kind in kinds else ("branch",)  # a space: who runs it
        related += [kind, *(f"{kind}__{name}" for name in shown)]
    return activities.select_related(*related)


def with_spaces(places):
    """`places` ({kind: places}) and the local spaces their branches run: a space is
    shown wherever the branch that runs it is."""
    from activities.models import LocalSpace  # noqa: PLC0415

    if "branch" not in places:
        return places
    return {**places, "space": LocalSpace.objects.filter(branch__in=places["branch"])}


def held_at(activities, places):
    """Those of `activities` held at `places` ({kind: queryset of places}; other kinds: none)."""
    condition = Q(pk__in=[])
    for kind in place_kinds():
        if kind in places:
            condition |= Q(**{f"{kind}__in": places[kind]})
    return activities.filter(condition)


def in_community(activities, community):
    """Those of `activities` whose place lies in `community`."""
    condition = Q(pk__in=[])
    for kind in place_kinds():
        condition |= Q(**{f"{kind}__community": community})
    return activities.filter(condition)
