"""Fixed lists of contact messages, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Topic(models.TextChoices):
    QUESTION = "question", _("A question about our services")
    APPOINTMENT = "appointment", _("An appointment")
    DOCUMENTS = "documents", _("Documents and applications")
    FEEDBACK = "feedback", _("A suggestion or a complaint")
    OTHER = "other", _("Something else")


class MessageStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("contact message status", "New")
    ANSWERED = "answered", pgettext_lazy("contact message status", "Answered")
    CLOSED = "closed", pgettext_lazy("contact message status", "Closed")
