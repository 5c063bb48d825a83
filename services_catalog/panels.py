"""Admin panels of the catalogue."""

from wagtail.admin.panels import Panel

from services_catalog.schedule_text import describe_window
from services_catalog.schedules import next_dates


class SchedulePreviewPanel(Panel):
    """Shows a saved schedule as a sentence in the admin's language and its next ten dates.

    Editors read "Monthly, on the first Tuesday, third Tuesday, 10:00–13:30"
    and see the dates it gives, with public holidays that are skipped, so a
    wrong rule is noticed before citizens notice it.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "services_catalog/panels/schedule_preview.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            window = self.instance
            saved = window is not None and window.pk is not None and window.recurrence
            context["saved"] = bool(saved)
            if saved:
                context["sentence"] = describe_window(window)
                context["dates"] = next_dates(window, 10)
            return context
