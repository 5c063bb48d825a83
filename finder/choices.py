"""Fixed lists of the finder: the icons shipped with it and what a count counts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Icon(models.TextChoices):
    """A simple picture beside an answer (templates/finder/icons/<value>.svg, drawn inline)."""

    PERSON = "person", _("A person")
    CHILD = "child", _("A child")
    OLDER = "older", _("An older person")
    FAMILY = "family", _("A family")
    MONEY = "money", _("Money")
    PAPERS = "papers", _("Papers")
    HEALTH = "health", _("Health and feelings")
    DANGER = "danger", _("Danger")
    SCHOOL = "school", _("School")
    WORK = "work", _("Work")
    HOUSE = "house", _("Housing")
    DISABILITY = "disability", _("Disability")
    QUESTION = "question", _("Something else")


class CountKind(models.TextChoices):
    """What a daily counter counts (finder.counts)."""

    ANSWER = "answer", _("Answer chosen")
    FINISHED = "finished", _("Finder finished")
    NOTHING = "nothing", _("Finished with no service found")
    OPENED = "opened", _("Service opened from the results")
