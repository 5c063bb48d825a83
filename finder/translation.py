"""Which finder fields are translated (django-modeltranslation): one column per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Answer, EverydayWords, Helpline, Question


@register(Question)
class QuestionTR(TranslationOptions):
    fields = ("text", "hint")
    required_languages = ("el",)


@register(Answer)
class AnswerTR(TranslationOptions):
    fields = ("label",)
    required_languages = ("el",)


@register(Helpline)
class HelplineTR(TranslationOptions):
    fields = ("name", "note")
    required_languages = ("el",)


@register(EverydayWords)
class EverydayWordsTR(TranslationOptions):
    fields = ("words",)
