"""The schedule editor's live preview: the rule in words and its next dates, before saving.

Staff only (a Wagtail admin URL, so `require_admin_access` guards it and
answers in the user's admin language). It reads the editor's controls as
the page form would (`ScheduleEditorWidget.value_from_datadict`) and calls
the same `describe_window` and `next_dates` as the saved preview and the
public site, so the preview cannot disagree with what citizens will see.
Any input gives JSON: a problem is a list of translated messages, never a 500.
"""

import datetime

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal.dates import supported_window
from services_catalog.schedule_editor import ScheduleChoice, ScheduleEditorWidget, ScheduleField
from services_catalog.schedule_text import describe_window
from services_catalog.schedules import next_dates

FIELD_NAME = "recurrence"
PREVIEW_DATES = 5


class PreviewWindow:
    """The few attributes of an `OpenWindow` that the sentence and the dates read."""

    def __init__(self, recurrence, data, prefix):
        self.recurrence = recurrence
        self.start_time = _time(data.get(f"{prefix}start_time"))
        self.end_time = _time(data.get(f"{prefix}end_time"))
        first, last = supported_window()
        self.valid_from = _date(data.get(f"{prefix}valid_from"), first, last)
        self.valid_until = _date(data.get(f"{prefix}valid_until"), first, last)
        self.open_on_public_holidays = bool(data.get(f"{prefix}open_on_public_holidays"))


def _time(raw):
    try:
        return datetime.time.fromisoformat((raw or "").strip()[:8])
    except ValueError:
        return None


def _date(raw, first, last):
    """A date inside the supported window, or None (too far dates are not expanded)."""
    try:
        day = datetime.date.fromisoformat((raw or "").strip()[:10])
    except ValueError:
        return None
    return day if first <= day <= last else None


@require_GET
def schedule_preview(request):
    data = request.GET
    name = data.get("field", "")
    if not name.endswith(FIELD_NAME) or len(name) > 200:
        return JsonResponse({"errors": [_("This is not a schedule.")]}, status=400)
    prefix = name[: -len(FIELD_NAME)]
    raw = ScheduleEditorWidget().value_from_datadict(data, None, name)
    try:
        # The controls' own messages ("choose a day…"), even for an untouched row.
        value = raw.to_recurrence() if isinstance(raw, ScheduleChoice) else None
        value = ScheduleField(required=True).clean(value or raw)
    except ValidationError as error:
        return JsonResponse({"errors": error.messages})
    window = PreviewWindow(value, data, prefix)
    dates = next_dates(window, PREVIEW_DATES)
    return JsonResponse(
        {
            "sentence": describe_window(window),
            "heading": _("Next dates:"),
            "dates": [
                {
                    "date": day.isoformat(),
                    "label": formats.date_format(day, "l j E Y"),
                    "skipped": holiday,
                    "text": formats.date_format(day, "l j E Y")
                    + (" — " + _("skipped: %(holiday)s") % {"holiday": holiday} if holiday else ""),
                }
                for day, holiday in dates
            ],
            "empty": "" if dates else _("This schedule gives no dates from today on."),
            "errors": [],
        }
    )
