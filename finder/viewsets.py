"""The finder in the admin: questions, answers, helplines and everyday words, under one menu."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from finder.models import Answer, EverydayWords, Helpline, Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = ["text", "key", "sort_order", "shown"]
    ordering = ["sort_order", "pk"]


class AnswerViewSet(SnippetViewSet):
    model = Answer
    icon = "radio-full"
    list_display = ["label", "question", "key", "danger"]
    list_filter = ["question", "danger"]
    ordering = ["question__sort_order", "question_id", "sort_order", "pk"]
    panels = [
        *Answer.panels[:-1],
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
    ]


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "warning"
    list_display = ["name", "number", "sort_order"]
    ordering = ["sort_order", "pk"]


class EverydayWordsViewSet(SnippetViewSet):
    model = EverydayWords
    icon = "search"
    list_display = ["__str__"]


class FinderViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Help finder")
    menu_icon = "help"
    menu_order = 260
    items = (QuestionViewSet, AnswerViewSet, HelplineViewSet, EverydayWordsViewSet)
