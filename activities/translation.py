"""Which activity fields are translated (django-modeltranslation)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ActivityException, ActivityIndexPage, ActivityPage, LocalSpace


@register(ActivityIndexPage)
class ActivityIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ActivityPage)
class ActivityPageTR(TranslationOptions):
    fields = ("summary", "description", "what_to_bring", "accessibility")


@register(ActivityException)
class ActivityExceptionTR(TranslationOptions):
    fields = ("reason",)


@register(LocalSpace)
class LocalSpaceTR(TranslationOptions):
    fields = ("name", "address", "directions", "accessibility")
    required_languages = ("el",)
