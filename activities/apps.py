from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = _("Activities")

    def ready(self):
        from activities import (  # noqa: PLC0415 (imports models: only once the registry is ready)
            audit,
            calendar_source,
            figures_source,
        )
        from services_catalog import calendar_extras  # noqa: PLC0415

        audit.register()
        figures_source.register_source()
        calendar_extras.register(calendar_source.calendar_sessions)
