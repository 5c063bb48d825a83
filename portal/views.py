"""Views of the site shell that are not Wagtail pages."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.module_loading import import_string
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from wagtail.models import Page

from portal import health
from portal.errors import server_error  # noqa: F401 (handler500; kept where it was)
from portal.forms import SearchForm
from portal.view_restrictions import private_q

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Find live pages by words in any of the four languages.

    Every translated field is indexed under its own name (`title_el`,
    `title_ar`, …), so a Greek or an Arabic word finds the page whatever
    the language of the interface.
    """
    form = SearchForm(request.GET or None)
    results = None
    query = ""
    suggested = []
    if form.is_valid():
        query = form.cleaned_data["q"]
        if query:
            suggested = search_suggestions(query)
            words = form.words
            found = (
                Page.objects.live().exclude(private_q()).specific().search(words) if words else []
            )
            paginator = Paginator(found, SEARCH_RESULTS_PER_PAGE)
            try:
                results = paginator.page(request.GET.get("page", 1))
            except PageNotAnInteger:
                results = paginator.page(1)
            except EmptyPage:
                results = paginator.page(paginator.num_pages)
    return render(
        request,
        "portal/search.html",
        {"form": form, "query": query, "results": results, "suggested": suggested},
        status=200 if form.is_bound is False or form.is_valid() else 400,
    )


def search_suggestions(query):
    """Pages that other apps suggest for `query`, first ones first, each once.

    `settings.PORTAL_SEARCH_SUGGESTIONS` names the functions (dotted paths,
    each `query -> [page, …]`; the finder's everyday words, for one), so the
    portal calls apps it does not import.
    """
    found = {}
    for dotted in getattr(settings, "PORTAL_SEARCH_SUGGESTIONS", ()):
        for page in import_string(dotted)(query):
            found.setdefault(page.pk, page)
    return list(found.values())


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        *(
            f"Disallow: /{code}/{path}"
            for code, _name in settings.LANGUAGES
            for path in ("search/", *getattr(settings, "ROBOTS_DISALLOW_UNDER_LANGUAGE", ()))
        ),
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@never_cache
def healthz(request):
    """Liveness: the process answers and reaches its database (not the cache: portal.health)."""
    if health.check_database()["status"] != health.OK:
        return HttpResponse("database unreachable", content_type="text/plain", status=503)
    return HttpResponse("ok", content_type="text/plain")


@require_GET
@never_cache
def readyz(request):
    """Readiness: database, cache and task queue as JSON; 503 when any fails (portal.health)."""
    ready, checks = health.readiness()
    return JsonResponse(
        {"status": health.OK if ready else health.FAIL, "checks": checks},
        status=200 if ready else 503,
    )
