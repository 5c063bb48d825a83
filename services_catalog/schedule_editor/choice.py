"""What the schedule editor's controls say, and the django-recurrence rule they mean.

`ScheduleChoice` holds the controls' raw values (so a form returned with an
error shows them as sent) and converts both ways: `from_recurrence` for the
controls of a stored rule (CUSTOM for a rule they cannot show, kept as it
is), `to_recurrence` for the rule of the controls, or a ValidationError
listing every problem in the admin's language.
"""

import datetime
import itertools
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

import recurrence
from recurrence.exceptions import DeserializationError

from portal.dates import supported_window
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
