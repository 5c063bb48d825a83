from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinderConfig(AppConfig):
    name = "finder"
    verbose_name = _("Help finder")

    def ready(self):
        # The admin previews pages built by finder.pages, which imports the models.
        from finder import models, pages  # noqa: PLC0415

        models.PREVIEWS.update(
            question=pages.preview_question_context, answer=pages.preview_answer_context
        )
