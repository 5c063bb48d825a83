"""Which catalogue fields are translated (django-modeltranslation)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    BranchException,
    BranchPage,
    Community,
    HomeVisitTeam,
    MobileUnitPage,
    Organisation,
    PlacesIndexPage,
    ServiceCategory,
    ServicePage,
    ServicesIndexPage,
    Stop,
    StopException,
    TargetGroup,
    VanCalendarPage,
)


@register(ServiceCategory)
class ServiceCategoryTR(TranslationOptions):
    fields = ("name",)
    required_languages = ("el",)


@register(TargetGroup)
class TargetGroupTR(TranslationOptions):
    fields = ("name",)
    required_languages = ("el",)


@register(Community)
class CommunityTR(TranslationOptions):
    fields = ("name",)
    required_languages = ("el",)


@register(PlacesIndexPage)
class PlacesIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(BranchPage)
class BranchPageTR(TranslationOptions):
    fields = ("intro", "address", "responsible_person", "accessibility")


@register(BranchException)
class BranchExceptionTR(TranslationOptions):
    fields = ("reason",)


@register(MobileUnitPage)
class MobileUnitPageTR(TranslationOptions):
    fields = ("intro", "vehicle", "team", "accessibility")


@register(Stop)
class StopTR(TranslationOptions):
    fields = ("name", "address", "directions")
    required_languages = ("el",)


@register(StopException)
class StopExceptionTR(TranslationOptions):
    fields = ("reason",)


@register(ServicesIndexPage)
class ServicesIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ServicePage)
class ServicePageTR(TranslationOptions):
    fields = ("summary", "body", "what_to_bring", "eligibility")


@register(VanCalendarPage)
class VanCalendarPageTR(TranslationOptions):
    fields = ("intro",)


@register(Organisation)
class OrganisationTR(TranslationOptions):
    fields = ("name",)
    required_languages = ("el",)


@register(HomeVisitTeam)
class HomeVisitTeamTR(TranslationOptions):
    fields = ("name",)
    required_languages = ("el",)
