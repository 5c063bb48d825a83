from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FiguresConfig(AppConfig):
    name = "figures"
    verbose_name = _("Figures")

    def ready(self):
        from figures import counted  # noqa: PLC0415 (imports models: only once the registry is ready)

        counted.register_builtin_sources()
