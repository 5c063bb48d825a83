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

import datetime
import itertools
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

import recurrence
from recurrence.exceptions import DeserializationError

from portal.dates import supported_window
from services_catalog.schedule_text import rule_text
from services_catalog.schedules import local_date

WEEKLY = "weekly"
MONTHLY_WEEKDAY = "monthly-weekday"
MONTHLY_DAY = "monthly-day"
DATES = "dates"
CUSTOM = "custom"

WEEK_INTERVALS = range(1, 9)
MONTH_INTERVALS = range(1, 13)
POSITIONS = (1, 2, 3, 4, -1)
MONTH_DAYS = range(1, 32)
# Blank date inputs offered after the dates already chosen (more after saving).
BLANK_DATES = 2
MAX_DATES = 100

# django-recurrence's weekday names (translated in the project's catalogues).
WEEKDAY_NAMES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
POSITION_NAMES = {
    1: pgettext_lazy("week of the month", "first"),
    2: pgettext_lazy("week of the month", "second"),
    3: pgettext_lazy("week of the month", "third"),
    4: pgettext_lazy("week of the month", "fourth"),
    -1: pgettext_lazy("week of the month", "last"),
}


@dataclass
class ScheduleChoice:
    """What the controls say, as text, exactly as the editor left them.

    Kept raw so that a form returned with an error shows every control as
    it was sent: nothing the editor chose is lost.
    """

    freq: str = WEEKLY
    weekly_interval: str = "1"
    weekdays: list = field(default_factory=list)
    monthly_interval: str = "1"
    positions: list = field(default_factory=list)
    month_weekdays: list = field(default_factory=list)
    monthdays: list = field(default_factory=list)
    exdates: list = field(default_factory=list)
    rdates: list = field(default_factory=list)
    custom: str = ""  # the rule(s) kept as they were, serialized

    @property
    def is_empty(self):
        """Nothing chosen at all (an untouched new row)."""
        return not (
            self.weekdays
            or self.positions
            or self.month_weekdays
            or self.monthdays
            or any(self.exdates)
            or any(self.rdates)
            or self.custom
        )

    @classmethod
    def from_recurrence(cls, value):
        """The controls that show `value`; CUSTOM keeps a rule they cannot show."""
        choice = cls(
            exdates=[local_date(day).isoformat() for day in value.exdates],
            rdates=[local_date(day).isoformat() for day in value.rdates],
        )
        if not value.rrules and not value.exrules and not value.dtstart and not value.dtend:
            if value.rdates:
                choice.freq = DATES
            return choice
        simple = len(value.rrules) == 1 and not (value.exrules or value.dtstart or value.dtend)
        if simple and _fill_from_rule(choice, value.rrules[0]):
            return choice
        choice.freq = CUSTOM
        choice.custom = recurrence.serialize(
            recurrence.Recurrence(
                rrules=value.rrules,
                exrules=value.exrules,
                dtstart=value.dtstart,
                dtend=value.dtend,
                include_dtstart=value.include_dtstart,
            )
        )
        return choice

    def to_recurrence(self):
        """The `recurrence.Recurrence` the controls describe, or a ValidationError.

        Every problem is reported at once, in the admin's language.
        """
        errors = []
        exdates = _parse_dates(self.exdates, errors)
        rdates = _parse_dates(self.rdates, errors)
        rrules, base = [], None
        if self.freq == WEEKLY:
            interval = _choose_int(self.weekly_interval, WEEK_INTERVALS, errors)
            days = _choose_ints(self.weekdays, range(7), errors)
            if not days:
                errors.append(gettext("Choose at least one day of the week."))
            elif interval:
                rrules = [
                    recurrence.Rule(
                        recurrence.WEEKLY,
                        interval=interval,
                        byday=[recurrence.Weekday(day) for day in days],
                    )
                ]
        elif self.freq == MONTHLY_WEEKDAY:
            interval = _choose_int(self.monthly_interval, MONTH_INTERVALS, errors)
            positions = _choose_ints(self.positions, POSITIONS, errors)
            days = _choose_ints(self.month_weekdays, range(7), errors)
            if not positions:
                errors.append(gettext("Choose which week of the month: first, second…"))
            if not days:
                errors.append(gettext("Choose at least one day of the week."))
            if positions and days and interval:
                rrules = [
                    recurrence.Rule(
                        recurrence.MONTHLY,
                        interval=interval,
                        byday=[
                            recurrence.Weekday(day, position)
                            for position, day in itertools.product(positions, days)
                        ],
                    )
                ]
        elif self.freq == MONTHLY_DAY:
            interval = _choose_int(self.monthly_interval, MONTH_INTERVALS, errors)
            days = _choose_ints(self.monthdays, MONTH_DAYS, errors)
            if not days:
                errors.append(gettext("Choose at least one day of the month."))
            elif interval:
                rrules = [recurrence.Rule(recurrence.MONTHLY, interval=interval, bymonthday=days)]
        elif self.freq == DATES:
            if not rdates:
                errors.append(gettext("Add at least one extra date, or choose how visits repeat."))
        elif self.freq == CUSTOM and self.custom:
            try:
                base = recurrence.deserialize(self.custom)
            except (DeserializationError, ValueError):
                errors.append(gettext("This rule cannot be read; choose how visits repeat."))
        else:
            errors.append(gettext("Choose how visits repeat."))
        if errors:
            raise ValidationError(list(dict.fromkeys(errors)))
        if base is not None:
            rrules = base.rrules
        return recurrence.Recurrence(
            rrules=rrules,
            exrules=base.exrules if base else [],
            dtstart=base.dtstart if base else None,
            dtend=base.dtend if base else None,
            include_dtstart=base.include_dtstart if base else True,
            rdates=[_midnight(day) for day in rdates],
            exdates=[_midnight(day) for day in exdates],
        )


def _fill_from_rule(choice, rule):
    """Set `choice` from one rule; False when the controls cannot show it."""
    others = ("bysetpos", "bymonth", "byyearday", "byweekno", "byhour", "byminute", "bysecond")
    if rule.count or rule.until or rule.wkst not in (None, 0):
        return False
    if any(getattr(rule, param) for param in others):
        return False
    interval = rule.interval or 1
    byday = list(rule.byday or [])
    if rule.freq == recurrence.WEEKLY and interval in WEEK_INTERVALS and not rule.bymonthday:
        if not byday or any(day.index for day in byday):
            return False
        choice.freq = WEEKLY
        choice.weekly_interval = str(interval)
        choice.weekdays = [str(day.number) for day in _sorted_days(byday)]
        return True
    if rule.freq != recurrence.MONTHLY or interval not in MONTH_INTERVALS:
        return False
    choice.monthly_interval = str(interval)
    if byday and not rule.bymonthday:
        indices = {day.index for day in byday}
        if not indices <= set(POSITIONS):
            return False
        positions = [position for position in POSITIONS if position in indices]
        numbers = sorted({day.number for day in byday})
        # Only "these weeks × these days" is shown; anything else stays as written.
        wanted = {(day.index, day.number) for day in byday}
        if wanted != set(itertools.product(positions, numbers)):
            return False
        choice.freq = MONTHLY_WEEKDAY
        choice.positions = [str(position) for position in positions]
        choice.month_weekdays = [str(number) for number in numbers]
        return True
    if rule.bymonthday and not byday and all(day in MONTH_DAYS for day in rule.bymonthday):
        choice.freq = MONTHLY_DAY
        choice.monthdays = [str(day) for day in sorted(set(rule.bymonthday))]
        return True
    return False


def _sorted_days(byday):
    return sorted(byday, key=lambda day: day.number)


def _choose_int(raw, allowed, errors):
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = None
    if value not in allowed:
        errors.append(gettext("Choose how often from the list."))
        return None
    return value


def _choose_ints(raws, allowed, errors):
    values = []
    for raw in raws:
        try:
            value = int(raw)
        except (TypeError, ValueError):
            value = None
        if value not in allowed:
            errors.append(gettext("Choose from the options shown."))
            continue
        if value not in values:
            values.append(value)
    return sorted(values, key=list(allowed).index)


def _parse_dates(raws, errors):
    """The dates typed or picked, each checked; blanks are ignored."""
    days = []
    latest = supported_window()[1]
    for raw in raws:
        raw = (raw or "").strip()
        if not raw:
            continue
        try:
            day = datetime.date.fromisoformat(raw)
        except ValueError:
            errors.append(
                gettext("“%(value)s” is not a date: write it as year-month-day, e.g. 2027-03-16.")
                % {"value": raw[:40]}
            )
            continue
        if day.year < 2000 or day > latest:
            errors.append(
                gettext("%(date)s is too far away: choose a date up to %(last)s.")
                % {"date": raw, "last": date_format(latest, "DATE_FORMAT")}
            )
            continue
        if day not in days:
            days.append(day)
    if len(days) > MAX_DATES:
        errors.append(
            ngettext("Choose at most %(count)d date.", "Choose at most %(count)d dates.", MAX_DATES)
            % {"count": MAX_DATES}
        )
    return sorted(days)


def _midnight(day):
    """A chosen date as the naive midnight django-recurrence reads as local time.

    `schedules.local_date` turns it back into the same day (it also reads
    the browser's UTC midnights the old widget stored).
    """
    return datetime.datetime.combine(day, datetime.time())


def as_choice(value):
    """Whatever the form holds (None, a Recurrence, serialized text, a ScheduleChoice)."""
    if isinstance(value, ScheduleChoice):
        return value
    if isinstance(value, str):
        try:
            value = recurrence.deserialize(value) if value.strip() else None
        except (DeserializationError, ValueError):
            return ScheduleChoice(freq=CUSTOM, custom=value)
    if value is None:
        return ScheduleChoice()
    return ScheduleChoice.from_recurrence(value)


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
