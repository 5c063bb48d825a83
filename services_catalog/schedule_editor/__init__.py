"""The schedule editor: real form controls that read and write a django-recurrence rule.

django-recurrence's own widget does not work in Wagtail's admin (controls
2 px wide, labels that toggle nothing, weekday cells out of reach of the
keyboard, the browser's language). This editor is a server-rendered set of
native controls — radios, checkboxes, selects and date inputs, each with its
`<label for>`, grouped in `<fieldset>`s — in the admin's language, so it
works without JavaScript. The model field stays a `RecurrenceField`: the
form field builds a `recurrence.Recurrence` from the controls and the
controls are filled from one.

It covers what the centre's schedules need:

- weekly on chosen days, every 1 to 8 weeks;
- monthly on the Nth weekday (first and third Tuesday, last Friday…),
  every 1 to 12 months;
- monthly on chosen days of the month;
- only on chosen dates;

plus dates taken out of the rule and extra dates (EXDATE/RDATE). The first
and last day are the window's own `valid_from`/`valid_until`. A rule it
cannot show (several rules, a COUNT, an UNTIL…) is kept as it is, offered as
"keep this rule", so opening and saving a page never changes a schedule.

`schedule-editor.js` only adds a live preview (the sentence and the next
dates, from `views/schedule_preview.py`, which calls the same
`describe_window` and `next_dates` as the site) and hides the options of
the patterns not chosen.
"""

from services_catalog.schedule_editor.choice import ScheduleChoice
from services_catalog.schedule_editor.widget import ScheduleEditorWidget, ScheduleField

__all__ = ["ScheduleChoice", "ScheduleEditorWidget", "ScheduleField"]
