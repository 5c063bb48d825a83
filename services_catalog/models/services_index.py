"""The services index: every service, filtered by kind of help, group and community."""

from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from portal.search_text import FOLDED_FIELD, FoldedSearchMixin
from portal.view_restrictions import PortalPageManager, RestrictionsFromMemo
from services_catalog.forms import ServiceFilterForm

from .offerings import Offering
from .services import ServicePage


def filter_services(services, *, category=None, group=None, community=None, municipality=None):
    if category is not None:
        services = services.filter(category=category)
    if group is not None:
        services = services.filter(target_groups=group)
    if community is not None:
        nearby = Offering.objects.live().filter(
            Q(branch__community=community) | Q(mobile_unit__stops__community=community)
        )
        services = services.filter(pk__in=nearby.values("service"))
    if municipality is not None:
        # Offered by a van that serves this partner municipality.
        by_van = Offering.objects.live().filter(mobile_unit__served_municipalities=municipality)
        services = services.filter(pk__in=by_van.values("service"))
    return services.distinct()


class ServicesIndexPage(FoldedSearchMixin, RestrictionsFromMemo, Page):
    """All services, filtered by category, target group and community."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, FOLDED_FIELD, index.SearchField("intro")]
    subpage_types = ["services_catalog.ServicePage"]
    parent_page_types = ["portal.HomePage"]
    max_count = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("services index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ServiceFilterForm(request.GET or None)
        all_services = ServicePage.objects.live().public().descendant_of(self)
        filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
        places = {
            "group": filters.get("group"),
            "community": filters.get("community"),
            "municipality": filters.get("municipality"),
        }
        services = filter_services(all_services, category=filters.get("category"), **places)
        # How many services each category would show with the other filters kept.
        matching = filter_services(all_services, **places)
        context.update(
            filter_form=form,
            services=services.select_related("category", "provider").order_by(
                "category__sort_order", "title"
            ),
            category_counts=dict(
                ServicePage.objects.filter(pk__in=matching.values("pk"))
                .values_list("category__slug")
                .annotate(n=Count("pk"))
                .order_by()
            ),
            filters_active=bool(filters) and any(filters.values()),
            filter_errors=form.is_bound and not form.is_valid(),
            filters_submitted=form.is_bound,
        )
        return context

    def serve(self, request, *args, **kwargs):
        """Answer 400 (with the form's translated errors) to unknown filter values."""
        response = super().serve(request, *args, **kwargs)
        if response.context_data.get("filter_errors"):
            response.status_code = 400
        return response
