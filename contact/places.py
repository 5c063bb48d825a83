"""Which inbox a contact form writes to: a branch, a mobile unit, or the general one.

A place id of the one codec (`services_catalog.places`: "branch-3",
"stop-12") is read with it; a stop's messages go to its van, whose team
answers them. "unit-5" names a whole mobile unit (its page has no single
stop), as the staff filters write it (`booking.viewsets.place_filter_choices`).
"""

from dataclasses import dataclass

from wagtail.models import Site

from portal.models import SiteSettings
from portal.parsing import parse_id
from services_catalog.models import BranchPage, MobileUnitPage
from services_catalog.places import load_place, parse_place_id

UNIT_PREFIX = "unit-"


@dataclass(frozen=True)
class Inbox:
    """Where a contact message goes: the branch or van (None: the general inbox)."""

    branch: BranchPage | None = None
    mobile_unit: MobileUnitPage | None = None

    @property
    def page(self):
        return self.branch or self.mobile_unit

    @property
    def contact_id(self):
        if self.branch is not None:
            return self.branch.place_id
        if self.mobile_unit is not None:
            return f"{UNIT_PREFIX}{self.mobile_unit.pk}"
        return ""

    @property
    def name(self):
        return self.page.title if self.page is not None else ""

    def fields(self):
        return {"branch": self.branch, "mobile_unit": self.mobile_unit}


GENERAL = Inbox()


def unit_contact_id(unit):
    return f"{UNIT_PREFIX}{unit.pk}"


def find_inbox(value):
    """The inbox of a place id ("branch-3", "stop-12", "unit-5"); None when there is no such
    live place; GENERAL for no id."""
    if not value:
        return GENERAL
    if value.startswith(UNIT_PREFIX):
        pk = parse_id(value.removeprefix(UNIT_PREFIX))
        unit = MobileUnitPage.objects.live().public().filter(pk=pk).first() if pk else None
        return Inbox(mobile_unit=unit) if unit else None
    if parse_place_id(value) is None:
        return None
    place = load_place(value)
    if place is None:
        return None
    if place.kind == "branch":
        return Inbox(branch=place)
    return Inbox(mobile_unit=place.mobile_unit)


def inbox_address(message):
    """The e-mail address a message is delivered to: its place's, else the general one."""
    place = message.branch or message.mobile_unit
    address = getattr(place, "email", "") if place is not None else ""
    return address or general_address()


def general_address():
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).email if site else ""
