"""The services index (filters) and a service page."""

from django.db.models import Count, Q
from django.template.response import TemplateResponse

from services_catalog.forms import ServiceFilterForm
from services_catalog.models import Offering, ServicePage
from services_catalog.models.offerings import live_branches, live_units
from services_catalog.structured_data import service_json_ld


def filter_services(services, *, category=None, group=None, community=None):
    if category is not None:
        services = services.filter(category=category)
    if group is not None:
        services = services.filter(target_groups=group)
    if community is not None:
        nearby = Offering.objects.live().filter(
            Q(branch__community=community) | Q(mobile_unit__stops__community=community)
        )
        services = services.filter(pk__in=nearby.values("service"))
    return services.distinct()


def services_index_context(page, request):
    form = ServiceFilterForm(request.GET or None)
    all_services = ServicePage.objects.live().public().descendant_of(page)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    services = filter_services(
        all_services,
        category=filters.get("category"),
        group=filters.get("group"),
        community=filters.get("community"),
    )
    services = services.select_related("category").order_by("category__sort_order", "title")
    # How many services each category would show with the other filters kept.
    matching = filter_services(
        all_services, group=filters.get("group"), community=filters.get("community")
    )
    category_counts = dict(
        ServicePage.objects.filter(pk__in=matching.values("pk"))
        .values_list("category__slug")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {
        "filter_form": form,
        "services": services,
        "category_counts": category_counts,
        "filters_active": bool(filters) and any(filters.values()),
        "filter_errors": form.is_bound and not form.is_valid(),
    }


def serve_services_index(page, request, default_serve, *args, **kwargs):
    """Answer 400 (with the form's translated errors) to unknown filter values."""
    response = default_serve(request, *args, **kwargs)
    if isinstance(response, TemplateResponse) and response.context_data.get("filter_errors"):
        response.status_code = 400
    return response


def service_context(page, request):
    # The page's own offerings (a preview shows its revision's), at live, public places.
    offerings = list(page.offerings.all())
    branches = list(
        live_branches()
        .filter(pk__in=[o.branch_id for o in offerings])
        .select_related("community")
        .order_by("title")
    )
    units = list(
        live_units().filter(pk__in=[o.mobile_unit_id for o in offerings]).order_by("title")
    )
    return {
        "branches": branches,
        "mobile_units": units,
        "target_groups": list(page.target_groups.all()),
        "json_ld": service_json_ld(page, request, branches, units),
    }
