"""The recurrence widget, made to work inside Wagtail's admin."""

from django import forms
from django.urls import reverse

from recurrence.forms import RecurrenceWidget


class PortalRecurrenceWidget(RecurrenceWidget):
    """django-recurrence's widget with its translations and Wagtail glue.

    - Loads Django's JavaScript catalogue (the project's `djangojs`
      catalogues carry the widget's strings in all four languages; the
      package itself ships no Greek or Persian).
    - Adds `recurrence-inline.js`, which starts the widget on rows added to
      an InlinePanel (Wagtail emits `w-formset:added`; the package only
      watches Django admin's `#container`).
    """

    def get_media(self):
        media = super().get_media()
        return (
            forms.Media(js=[reverse("javascript-catalog")])
            + media
            + forms.Media(
                js=["services_catalog/js/recurrence-inline.js"],
                css={"all": ["services_catalog/css/recurrence-admin.css"]},
            )
        )

    media = property(get_media)
