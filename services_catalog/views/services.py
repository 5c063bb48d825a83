"""The services index (filters) and a service page."""

from django.db.models import Count, Q
from django.template.response import TemplateResponse

from services_catalog.forms import ServiceFilterForm
from services_catalog.models import ServicePage
from services_catalog.structured_data import service_json_ld


def filter_services(services, *, category=None, group=None, community=None):
    if category is not None:
        services = services.filter(category=category)
    if group is not None:
        services = services.filter(target_groups=group)
    if community is not None:
        services = services.filter(
            Q(branches__community=community, branches__live=True)
            | Q(mobile_units__stops__community=community, mobile_units__live=True)
        )
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
    branches = list(page.branches.live().public().select_related("community").order_by("title"))
    units = list(page.mobile_units.live().public().order_by("title"))
    return {
        "branches": branches,
        "mobile_units": units,
        "target_groups": list(page.target_groups.all()),
        "json_ld": service_json_ld(page, request, branches, units),
    }
