"""The one question's answers: a number and words, never a number alone."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Score(models.IntegerChoices):
    VERY_BAD = 1, _("Very bad")
    BAD = 2, _("Bad")
    OKAY = 3, _("Okay")
    GOOD = 4, _("Good")
    VERY_GOOD = 5, _("Very good")
