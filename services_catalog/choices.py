"""Fixed lists of the catalogue, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VenueType(models.TextChoices):
    HEALTH_CENTRE = "health_centre", _("Health centre")
    SQUARE = "square", _("Square")
    KINDERGARTEN = "kindergarten", _("Kindergarten")
    SCHOOL = "school", _("School")
    CHURCH_HALL = "church_hall", _("Church hall")
    KAPI = "kapi", _("Day centre for older people (KAPI)")
    COMMUNITY_HALL = "community_hall", _("Community hall")
    OTHER = "other", _("Other venue")


class ExceptionKind(models.TextChoices):
    CANCELLED = "cancelled", _("Cancelled: no visit or closed that day")
    EXTRA = "extra", _("Extra date: an additional visit or opening")


class Channel(models.TextChoices):
    """How a citizen can get a service."""

    BRANCH = "branch", _("At a branch")
    MOBILE_UNIT = "mobile_unit", _("At a mobile-unit stop")
    PHONE = "phone", _("By phone")
    HOME_VISIT = "home_visit", _("Home visit on request")


class PlaceKind(models.TextChoices):
    BRANCH = "branch", _("Branch")
    STOP = "stop", _("Mobile-unit stop")
    HOME = "home", _("Home visit")


class OrganisationKind(models.TextChoices):
    """What kind of body a partner or a programme's provider is."""

    SOCIAL_SERVICE = "social_service", _("Municipal social service")
    HEALTH_CENTRE = "health_centre", _("Health centre")
    SCHOOL = "school", _("School")
    NGO = "ngo", _("Non-governmental organisation (NGO)")
    MUNICIPALITY = "municipality", _("Other municipality")
    PUBLIC_BODY = "public_body", _("Public body")
    OTHER = "other", _("Other organisation")
