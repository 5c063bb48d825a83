"""What a page shows of the figures: the context of `figures/includes/figures.html`."""

import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats
from django.utils.translation import get_language_bidi, pgettext

from figures import chart, sources
from figures.compute import figures_for, services_of
from portal import page_cache


def counted_text():
    """ "appointments attended, walk-ins and phone enquiries": what the sources count."""
    labels = [str(source.label) for source in sources.registered() if source.label]
    return pgettext("between the items of a list", ", ").join(labels)


def render_figures(request, subject, *, heading, html_id):
    figures = figures_for(subject)
    # The page holds no longer than the figures it shows (figures.compute).
    page_cache.expires_at(
        figures.computed_at + datetime.timedelta(seconds=settings.FIGURES_CACHE_SECONDS)
    )
    per_day = figures.per_working_day
    return render_to_string(
        "figures/includes/figures.html",
        {
            "figures": figures,
            "heading": heading,
            "id": html_id,
            "per_working_day": formats.number_format(per_day, 1, use_l10n=True)
            if per_day is not None
            else "",
            "services": [(service, count) for service, count in services_of(figures)],
            "months": figures.months,
            "bars": chart.month_bars(figures.months, rtl=get_language_bidi()),
            "chart_width": chart.WIDTH,
            "chart_height": chart.HEIGHT,
            "baseline": chart.HEIGHT - chart.BOTTOM,
            "counted": counted_text(),
        },
        request=request,
    )
