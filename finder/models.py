"""What editors own in the finder: questions, answers, helplines and everyday words.

The finder asks a few plain questions (who needs help, what it is about), then
where the citizen lives and which language they prefer, and shows the services
the chosen answers lead to. Questions and answers are snippets translated with
wagtail-modeltranslation (`finder/translation.py`), so editors change the
whole finder in the admin, in four languages, without a release. An answer
names the services it leads to; a service that is unpublished drops out by
itself, since results only ever show live, public service pages.

`DailyCount` is the one thing the public site writes: aggregate counters per
day, with no person, address, cookie or time of day in them (finder.counts).
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import PreviewableMixin

from finder.choices import CountKind, Icon

# Query-string names the finder itself uses: no question may take them.
# (and the finder's own addresses: /finder/done/, /finder/results/, /finder/open/).
RESERVED_KEYS = frozenset(
    {"where", "lang", "service", "place", "page", "q", "done", "results", "open", "start"}
)
# How the admin previews a question and an answer: filled in by FinderConfig.ready
# with finder.pages' builders (the models cannot import the pages: they import the models).
PREVIEWS = {}
KEY_VALIDATOR = RegexValidator(
    r"^[a-z][a-z0-9-]{0,39}$",
    _("Use small Latin letters, digits and hyphens, starting with a letter."),
)


class QuestionQuerySet(models.QuerySet):
    def shown(self):
        """The questions citizens are asked, in order."""
        return self.filter(shown=True).order_by("sort_order", "pk")


class Question(PreviewableMixin, models.Model):
    """One screen of the finder: a plain question with a few big answers."""

    key = models.CharField(
        _("key"),
        max_length=40,
        unique=True,
        validators=[KEY_VALIDATOR],
        help_text=_("Its name in the page address, for example “who” or “topic”. Keep it stable."),
    )
    text = models.CharField(_("question"), max_length=200)
    hint = models.CharField(_("hint"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    shown = models.BooleanField(_("shown to citizens"), default=True)

    objects = QuestionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("sort_order"), FieldPanel("shown")]),
        FieldPanel("text"),
        FieldPanel("hint"),
    ]

    class Meta:
        verbose_name = _("finder question")
        verbose_name_plural = _("finder questions")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.text

    def clean(self):
        if self.key in RESERVED_KEYS:
            raise ValidationError({"key": _("This key is used by the finder itself.")})

    def get_preview_template(self, request, mode_name):
        return "finder/step.html"

    def get_preview_context(self, request, mode_name):
        return PREVIEWS["question"](request, self)


class Answer(PreviewableMixin, ClusterableModel):
    """One answer to a question, and the services it leads to."""

    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="answers"
    )
    key = models.CharField(
        _("key"),
        max_length=40,
        validators=[KEY_VALIDATOR],
        help_text=_("Its value in the page address, for example “money”. Keep it stable."),
    )
    label = models.CharField(_("answer"), max_length=120)
    icon = models.CharField(_("picture"), max_length=20, choices=Icon, default=Icon.QUESTION)
    danger = models.BooleanField(
        _("signals danger"),
        default=False,
        help_text=_(
            "Violence, a child at risk, thoughts of self-harm: the helplines are shown "
            "at once, at the top of every following screen."
        ),
    )
    services = ParentalManyToManyField(
        "services_catalog.ServicePage",
        verbose_name=_("leads to these services"),
        blank=True,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("question"), FieldPanel("key"), FieldPanel("sort_order")]),
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("icon"), FieldPanel("danger")]),
        FieldPanel("services"),
    ]

    class Meta:
        verbose_name = _("finder answer")
        verbose_name_plural = _("finder answers")
        ordering = ["question__sort_order", "question_id", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="finder_answer_key_unique")
        ]

    def __str__(self):
        return self.label

    def get_preview_template(self, request, mode_name):
        return "finder/results.html"

    def get_preview_context(self, request, mode_name):
        return PREVIEWS["answer"](request, self)


class Helpline(models.Model):
    """A national helpline shown first whenever an answer signals danger."""

    name = models.CharField(_("name"), max_length=120)
    number = models.CharField(_("number"), max_length=30)
    note = models.CharField(_("note"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("helpline")
        verbose_name_plural = _("helplines")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.name} ({self.number})"


class EverydayWords(ClusterableModel):
    """Words people use for services, in their own language, which the site search knows.

    “money”, “χαρτιά”, “پول”, “epidoma”, common misspellings: each language's
    words, one per line or separated by commas, lead to the chosen services.
    """

    words = models.TextField(
        _("words"),
        blank=True,
        help_text=_(
            "One per line or separated by commas. Add what people really type: "
            "misspellings and Greek in Latin letters (“epidoma”) too."
        ),
    )
    services = ParentalManyToManyField(
        "services_catalog.ServicePage", verbose_name=_("services"), related_name="+"
    )

    panels = [FieldPanel("words"), FieldPanel("services")]

    class Meta:
        verbose_name = _("everyday words")
        verbose_name_plural = _("everyday words")
        ordering = ["pk"]

    def __str__(self):
        first = self.words.replace("\n", ",").split(",")[0].strip()
        return first or str(self._meta.verbose_name)


class DailyCount(models.Model):
    """How often something happened in the finder on one day: nothing more.

    No person, address, cookie, session or time of day: a day, what was counted
    (an answer's "question=answer", a service id) and a number.
    """

    day = models.DateField(_("day"))
    kind = models.CharField(_("what"), max_length=20, choices=CountKind)
    key = models.CharField(_("which"), max_length=200)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("finder count")
        verbose_name_plural = _("finder counts")
        constraints = [
            models.UniqueConstraint(fields=["day", "kind", "key"], name="finder_count_unique")
        ]

    def __str__(self):
        return f"{self.day} {self.kind} {self.key}: {self.count}"
