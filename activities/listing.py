"""What the activity pages show: what's on (filtered), and one activity's sessions.

Called by the page models' `get_context`. Each activity shows its next
session and the places left; a cached page ends when the first session it
shows ends, and a sign-up or a cancelled session bumps the page cache
(`activities.seats`), so "5 places left" is never stale.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from activities import sessions
from activities.choices import HeldIn
from activities.models import ActivityPage, LocalSpace
from activities.models.spaces import SPACE_KIND
from activities.places import in_community, place_kinds, with_places
from portal import content_memo, page_cache
from portal.parsing import parse_id
from services_catalog.forms import FilterForm, SlugChoiceField
from services_catalog.models import Community, TargetGroup
from services_catalog.places import MAX_PLACE_PK, load_place, public_kinds


def place_choices():
    """Every live public place and local space that holds an activity ("" for all places).

    Kept per language and content generation (`portal.content_memo`): any save
    bumps the generation, and What's on asks for them on every request.
    """
    return content_memo.memoised(("activities", "place_choices", get_language()), _place_choices)


def _place_choices():
    held = ActivityPage.objects.live().public()
    choices = [("", _("All"))]
    kinds = public_kinds()
    for kind in place_kinds():
        places = kinds[kind].live() if kind in kinds else LocalSpace.objects.all()
        for place in places.filter(pk__in=held.values(f"{kind}_id")):
            choices.append((place.place_id, place.display_name))
    return choices


def load_activity_place(value):
    """The place ("branch-3", "stop-12") or local space ("space-2") of an id, or None.

    Local spaces are not place kinds (`activities.models.spaces`), so the
    catalogue's `load_place` does not know them; this is the one reader of
    both, for the filter of what's on.
    """
    kind, _sep, number = str(value or "").partition("-")
    if kind != SPACE_KIND:
        return load_place(value)
    pk = parse_id(number)
    if pk is None or pk > MAX_PLACE_PK:
        return None
    return LocalSpace.objects.filter(pk=pk).first()


class ActivityFilterForm(FilterForm):
    place = forms.ChoiceField(label=_("Where"), required=False)
    community = SlugChoiceField(Community.objects.all(), label=_("Where you live"))
    group = SlugChoiceField(TargetGroup.objects.all(), label=_("For whom"))
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("All")), *HeldIn.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = place_choices()
        self.read_choices_once()

    def clean_place(self):
        value = self.cleaned_data["place"]
        return load_activity_place(value) if value else None


def filtered(data):
    """The live, public activities matching the cleaned filters."""
    found = with_places(ActivityPage.objects.live().public()).prefetch_related(
        "target_groups", "schedules", "exceptions"
    )
    place = data.get("place")
    if place is not None:
        found = found.filter(**{place.kind: place.pk})
    if data.get("community"):
        found = in_community(found, data["community"])
    if data.get("group"):
        found = found.filter(target_groups=data["group"])
    if data.get("language"):
        found = found.filter(held_in=data["language"])
    return found


def whats_on(request, now=None):
    """The list: each activity with its next session and places left, soonest first."""
    now = now or timezone.now()
    form = ActivityFilterForm(request.GET or None)
    valid = form.is_valid() if form.is_bound else True
    data = form.cleaned_data if form.is_bound and valid else {}
    cards = []
    activities = list(filtered(data)) if valid else []
    # Every activity's sessions at once: the page costs the same few queries
    # whether it lists two activities or fifty.
    coming_by_activity = sessions.coming_for(activities, now=now)
    for activity in activities:
        upcoming = sessions.bookable(coming_by_activity[activity.pk])
        if not upcoming:
            continue
        cards.append(
            {
                "activity": activity,
                "next": upcoming[0],
                "left": sessions.series_left(upcoming) if activity.is_series else upcoming[0].left,
                "count": len(upcoming),
            }
        )
    cards.sort(key=lambda card: card["next"].start)
    page_cache.expires_when_first_ends([card["next"] for card in cards], now)
    return {"filter_form": form, "form_valid": valid, "cards": cards}


def activity_page(activity, request, now=None):
    """Every coming session with places left, and where to sign up."""
    now = now or timezone.now()
    coming = sessions.coming(activity, now=now)
    page_cache.expires_when_first_ends(coming, now)
    return {
        "sessions": coming,
        "series_left": sessions.series_left(coming) if activity.is_series else None,
        "place": activity.place,
    }
