"""The schedule editor's widget and form field (see the package's docstring)."""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

import recurrence
from recurrence.exceptions import DeserializationError

from services_catalog.schedule_editor.choice import (
    BLANK_DATES,
    CUSTOM,
    DATES,
    MAX_DATES,
    MONTH_DAYS,
    MONTH_INTERVALS,
    MONTHLY_DAY,
    MONTHLY_WEEKDAY,
    POSITION_NAMES,
    WEEK_INTERVALS,
    WEEKDAY_NAMES,
    WEEKLY,
    ScheduleChoice,
    as_choice,
)
from services_catalog.schedule_text import rule_text


class ScheduleEditorWidget(forms.Widget):
    """Native radios, checkboxes, selects and date inputs for one recurrence."""

    template_name = "services_catalog/widgets/schedule_editor.html"
    use_fieldset = True

    class Media:
        js = ["services_catalog/js/schedule-editor.js"]
        css = {"all": ["services_catalog/css/recurrence-admin.css"]}

    def id_for_label(self, id_):
        # The editor names itself with a <legend>; a <label> for one of its
        # radios would name only that radio.
        return ""

    def value_from_datadict(self, data, files, name):
        def many(part):
            getter = getattr(data, "getlist", None)
            if getter is not None:
                return [str(v) for v in getter(f"{name}_{part}")]
            value = data.get(f"{name}_{part}")
            return [str(v) for v in value] if isinstance(value, list | tuple) else []

        freq = data.get(f"{name}_freq")
        if freq is None and name in data:  # a serialized rule (tests, other clients)
            return data.get(name)
        return ScheduleChoice(
            freq=str(freq or ""),
            weekly_interval=str(data.get(f"{name}_weekly_interval", "1")),
            weekdays=many("weekdays"),
            monthly_interval=str(data.get(f"{name}_monthly_interval", "1")),
            positions=many("positions"),
            month_weekdays=many("month_weekdays"),
            monthdays=many("monthdays"),
            exdates=many("exdates")[: MAX_DATES + BLANK_DATES + 1],
            rdates=many("rdates")[: MAX_DATES + BLANK_DATES + 1],
            custom=str(data.get(f"{name}_custom", "")),
        )

    def value_omitted_from_data(self, data, files, name):
        return f"{name}_freq" not in data and name not in data

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        choice = as_choice(value)
        base_id = (attrs or {}).get("id") or f"id_{name}"

        def options(part, items, chosen, kind):
            return [
                {
                    "id": f"{base_id}_{part}_{index}",
                    "name": f"{name}_{part}",
                    "value": str(item_value),
                    "label": label,
                    "checked": str(item_value) in chosen,
                    "type": kind,
                }
                for index, (item_value, label) in enumerate(items)
            ]

        weekdays = list(enumerate(WEEKDAY_NAMES))
        freqs = [
            (WEEKLY, _("Every week, or every few weeks, on chosen days")),
            (MONTHLY_WEEKDAY, _("Every month on the first, second… weekday")),
            (MONTHLY_DAY, _("Every month on chosen days of the month")),
            (DATES, _("Only on the extra dates below")),
        ]
        custom_text = ""
        if choice.freq == CUSTOM:
            custom_text = _custom_text(choice.custom)
            freqs.append((CUSTOM, _("Keep this rule: %(rule)s") % {"rule": custom_text}))
        context["editor"] = {
            "id": base_id,
            "name": name,
            "legend": capfirst(gettext("repeats")),
            # Wagtail's help text and error message, said when entering the editor.
            "describedby": (attrs or {}).get("aria-describedby", ""),
            "choice": choice,
            "preview_url": reverse("schedule_preview"),
            "freqs": options("freq", freqs, [choice.freq], "radio"),
            "weekly_intervals": _interval_choices(
                WEEK_INTERVALS,
                lambda n: ngettext("every week", "every %(count)d weeks", n) % {"count": n},
                choice.weekly_interval,
            ),
            "weekdays": options("weekdays", weekdays, choice.weekdays, "checkbox"),
            "monthly_intervals": _interval_choices(
                MONTH_INTERVALS,
                lambda n: ngettext("every month", "every %(count)d months", n) % {"count": n},
                choice.monthly_interval,
            ),
            "positions": options(
                "positions", list(POSITION_NAMES.items()), choice.positions, "checkbox"
            ),
            "month_weekdays": options(
                "month_weekdays", weekdays, choice.month_weekdays, "checkbox"
            ),
            "monthdays": options(
                "monthdays", [(day, str(day)) for day in MONTH_DAYS], choice.monthdays, "checkbox"
            ),
            "exdates": _date_inputs(base_id, name, "exdates", choice.exdates),
            "rdates": _date_inputs(base_id, name, "rdates", choice.rdates),
            "custom": choice.custom if choice.freq == CUSTOM else "",
        }
        return context


def _interval_choices(numbers, label, chosen):
    return [{"value": str(n), "label": label(n), "selected": str(n) == chosen} for n in numbers]


def _date_inputs(base_id, name, part, values):
    values = [value for value in values if value] + [""] * BLANK_DATES
    return [
        {"id": f"{base_id}_{part}_{index}", "name": f"{name}_{part}", "value": value}
        for index, value in enumerate(values)
    ]


def _custom_text(serialized):
    try:
        rules = recurrence.deserialize(serialized).rrules
    except (DeserializationError, ValueError):
        return serialized
    return gettext(", ").join(rule_text(rule) for rule in rules) or serialized


class ScheduleField(forms.Field):
    """The form field of a `RecurrenceField` in the admin: controls in, `Recurrence` out."""

    widget = ScheduleEditorWidget

    def __init__(self, *args, **kwargs):
        # RecurrenceField.formfield passes CharField options this field has no use for.
        for option in ("max_length", "empty_value"):
            kwargs.pop(option, None)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value is None or isinstance(value, recurrence.Recurrence):
            return value
        if isinstance(value, str):
            if not value.strip():
                return None
            try:
                return recurrence.deserialize(value)
            except (DeserializationError, ValueError) as error:
                message = gettext("This rule cannot be read; choose how visits repeat.")
                raise ValidationError(message) from error
        if value.is_empty and value.freq in (WEEKLY, MONTHLY_WEEKDAY, MONTHLY_DAY, DATES, ""):
            return None
        return value.to_recurrence()

    def validate(self, value):
        if value is None and self.required:
            raise ValidationError(
                gettext("Choose how visits repeat, or add at least one date."), code="required"
            )

    def has_changed(self, initial, data):
        try:
            new = self.to_python(data)
        except ValidationError:
            return True
        old = self.to_python(initial) if not isinstance(initial, recurrence.Recurrence) else initial
        return _serialized(old) != _serialized(new)


def _serialized(value):
    return recurrence.serialize(value) if value else ""
