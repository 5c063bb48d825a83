"""Reports › Help finder: what citizens chose, opened and found nothing for, per day.

Only the aggregate counters of finder.counts: there is nothing personal to
show. Editors read it to see what people look for (answers), what they open
(services) and which combinations of answers lead nowhere (to add a service
to an answer, or an answer to a question).
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from finder.choices import CountKind
from finder.journey import questions
from finder.models import DailyCount
from services_catalog.models import ServicePage

PERIODS = (7, 30, 90, 365)


def can_see_report(user):
    return user.is_active and (user.is_superuser or user.has_perm("finder.view_dailycount"))


class FinderReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Help finder")
    header_icon = "help"
    template_name = "finder/admin/report.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        days = self.request.GET.get("days", "30")
        days = int(days) if days.isascii() and days.isdigit() and int(days) in PERIODS else 30
        since = timezone.localdate() - datetime.timedelta(days=days - 1)
        rows = DailyCount.objects.filter(day__gte=since)

        def totals(kind):
            return list(
                rows.filter(kind=kind)
                .values("key")
                .annotate(total=Sum("count"))
                .order_by("-total", "key")
            )

        labels = {}
        for question in questions():
            for answer in question.answer_list:
                labels[f"{question.key}={answer.key}"] = f"{question.text}: {answer.label}"
        opened = totals(CountKind.OPENED)
        titles = dict(
            ServicePage.objects.filter(
                pk__in=[int(r["key"]) for r in opened if r["key"].isdigit()]
            ).values_list("pk", "title")
        )
        for row in opened:
            row["label"] = titles.get(int(row["key"]) if row["key"].isdigit() else 0, row["key"])
        answers = totals(CountKind.ANSWER)
        for row in answers:
            row["label"] = labels.get(row["key"], row["key"])
        finished = sum(r["total"] for r in totals(CountKind.FINISHED))
        context.update(
            days=days,
            periods=PERIODS,
            since=since,
            finished=finished,
            answers=answers,
            opened=opened,
            nothing=totals(CountKind.NOTHING),
        )
        return context
