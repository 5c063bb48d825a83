"""Registers the catalogue's admin (defined in viewsets.py), its schedule editor, and
the warning about overlapping schedules after a draft is saved
(services_catalog.clash_admin)."""

from django.urls import path

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.snippets.models import register_snippet

from recurrence.fields import RecurrenceField

from services_catalog.clash_admin import warn_after_save
from services_catalog.schedule_editor import ScheduleEditorWidget, ScheduleField
from services_catalog.views.schedule_preview import schedule_preview
from services_catalog.viewsets import CatalogueViewSetGroup

register_snippet(CatalogueViewSetGroup)

# Every recurrence in the admin is edited with the schedule editor; the model
# field and what it stores stay django-recurrence's.
register_form_field_override(
    RecurrenceField, override={"form_class": ScheduleField, "widget": ScheduleEditorWidget}
)


@hooks.register("register_admin_urls")
def register_schedule_preview_url():
    return [path("schedule-preview/", schedule_preview, name="schedule_preview")]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_overlapping_schedules(request, page):
    warn_after_save(request, page)
