"""Overlapping schedules in the editor: a warning on save, no publishing unconfirmed.

The page forms of mobile units and branches (`base_form_class`) run
`clashes.find_clashes()` on what the editor is about to save, unsaved rows
included. When visits overlap:

- publishing is refused with an error that names the places and the dates
  (in the admin's language), and `ScheduleClashPanel` shows the checkbox
  "I know; publish anyway"; ticked, the page is published;
- a draft is saved, with the same list as a warning (`warn_after_save`,
  called by the `after_create_page` / `after_edit_page` hooks).

Only form clean-up and a panel live here: the schedule widgets are not
touched.
"""

from django import forms
from django.utils.formats import date_format
from django.utils.translation import get_language_bidi, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from services_catalog.clashes import PlaceSchedules, find_clashes
from services_catalog.schedule_text import describe_window

CONFIRM_FIELD = "publish_despite_clashes"
# Dates named per pair of places before "and N more dates".
DATES_SHOWN = 5


def describe_clashes(clashes):
    """One line per pair of overlapping places or windows, naming the first dates.

    "“Κέντρο Υγείας” and “Πλατεία Ειρήνης”: Tuesday 2 February 2027, … and 3 more dates"
    """
    pairs = {}
    for clash in clashes:
        names = (_name(clash.first, clash.same_place), _name(clash.second, clash.same_place))
        dates = pairs.setdefault(names, [])
        if clash.date not in dates:
            dates.append(clash.date)
    comma = "، " if get_language_bidi() else ", "
    lines = []
    for (first, second), dates in pairs.items():
        shown = comma.join(date_format(day, "l j E Y") for day in dates[:DATES_SHOWN])
        rest = len(dates) - DATES_SHOWN
        if rest > 0:
            shown = ngettext(
                "%(dates)s and %(count)d more date", "%(dates)s and %(count)d more dates", rest
            ) % {"dates": shown, "count": rest}
        if first == second:
            line = gettext("“%(place)s” twice at the same time: %(dates)s")
        else:
            line = gettext("“%(first)s” and “%(second)s” at the same time: %(dates)s")
        lines.append(line % {"place": first, "first": first, "second": second, "dates": shown})
    return lines


def clash_message(clashes, *, publishing):
    """The error (publishing) or the warning (a saved draft) that lists the overlaps."""
    if publishing:
        intro = gettext("These visits or opening hours overlap:")
        outro = gettext("Correct them, or tick “I know; publish anyway” and publish again.")
    else:
        intro = gettext("Saved, but these visits or opening hours overlap:")
        outro = gettext("The page cannot be published until they are corrected or you confirm.")
    semicolon = "؛ " if get_language_bidi() else "; "
    return " ".join([intro, semicolon.join(describe_clashes(clashes)) + ".", outro])


def _name(occurrence, same_place):
    """The stop or branch; within one place, the window's rule in words.

    Isolated (U+2068 … U+2069): a Greek name in an Arabic or Farsi sentence, or an
    Arabic one in Greek, keeps its own direction and leaves the sentence's alone.
    """
    if same_place:
        name = describe_window(occurrence.window)
    else:
        name = str(getattr(occurrence.place, "display_name", occurrence.place))
    return f"\u2068{name}\u2069"


class ScheduleClashFormMixin(forms.Form):
    """Finds overlapping schedules in the submitted page; refuses to publish them unconfirmed."""

    publish_despite_clashes = forms.BooleanField(
        required=False,
        label=_("I know; publish anyway"),
        help_text=_("Publishes the page although the visits or opening hours above overlap."),
    )

    clashes = ()

    def schedule_places(self):
        """PlaceSchedules of the submitted form (subclasses say where they are)."""
        raise NotImplementedError

    def clean(self):
        cleaned_data = super().clean()
        # Child rows are validated here, before Wagtail does (their results are
        # kept): overlaps are only looked for among rows that are themselves valid.
        if not all(formset.is_valid() for formset in self.formsets.values()):
            return cleaned_data
        self.clashes = find_clashes(self.schedule_places())
        self.instance._schedule_clashes = self.clashes
        if self.clashes and self.is_publishing and not cleaned_data.get(CONFIRM_FIELD):
            self.add_error(None, clash_message(self.clashes, publishing=True))
        return cleaned_data

    @property
    def is_publishing(self):
        return "action-publish" in self.data


def kept_forms(formset):
    """The formset's forms that will be saved: filled in and not deleted."""
    kept = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None)
        if not data or data.get("DELETE"):
            continue
        kept.append(form)
    return kept


def kept_instances(formset):
    return [form.instance for form in kept_forms(formset)]


class MobileUnitPageForm(ScheduleClashFormMixin, WagtailAdminPageForm):
    """A van: its stops' visits must not overlap (one van, one team)."""

    def schedule_places(self):
        return [
            PlaceSchedules(
                form.instance,
                kept_instances(form.formsets["visits"]),
                kept_instances(form.formsets["exceptions"]),
            )
            for form in kept_forms(self.formsets["stops"])
        ]


class BranchPageForm(ScheduleClashFormMixin, WagtailAdminPageForm):
    """A branch: its opening windows must not overlap (the same staff)."""

    def schedule_places(self):
        return [
            PlaceSchedules(
                self.instance,
                kept_instances(self.formsets["schedules"]),
                kept_instances(self.formsets["exceptions"]),
            )
        ]


def warn_after_save(request, page):
    """A saved draft with overlapping schedules: say so (the form found them)."""
    clashes = getattr(page, "_schedule_clashes", None)
    # Wagtail's autosave (a JSON request) would leave the warning for the next page
    # shown, perhaps the one that says the page was published: not queued then.
    if clashes and "action-publish" not in request.POST and request.accepts("text/html"):
        messages.warning(request, clash_message(clashes, publishing=False))


class ScheduleClashPanel(Panel):
    """The checkbox "I know; publish anyway", shown only when the form found overlaps."""

    def get_form_options(self):
        # Claimed here, so that Wagtail does not render it bare under the form.
        return {"fields": [CONFIRM_FIELD]}

    class BoundPanel(Panel.BoundPanel):
        template_name = "services_catalog/panels/schedule_clashes.html"

        def is_shown(self):
            return bool(getattr(self.form, "clashes", None)) and CONFIRM_FIELD in self.form.fields

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["field"] = self.form[CONFIRM_FIELD]
            context["lines"] = describe_clashes(self.form.clashes)
            return context
