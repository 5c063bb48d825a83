from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "activities"
    verbose_name = _("Activities")

    def ready(self):
        from activities import audit, figures_source  # noqa: PLC0415 (imports models: only once the registry is ready)

        audit.register()
        figures_source.register_source()
