"""Private sections of the site, known without a query on every page.

Wagtail asks the database for every view restriction each time a queryset
calls `.public()` and each time a page is served (its `on_serve_page` hook
checks the page's and its ancestors' restrictions): four to six queries on
a page that lists services and visits, for an answer that changes only
when an editor makes a section private or public again. Here the list of
restricted sections is memoised per content generation
(`portal.content_memo`), and

- `PortalPageQuerySet.private_q()` builds Wagtail's own condition from it;
- `RestrictionsFromMemo.get_view_restrictions()` answers "no restriction"
  without a query when no restricted section contains the page, and asks
  Wagtail otherwise, so password and login restrictions work as before.

Aliases (which take their source page's restrictions) are always left to
Wagtail.
"""

from django.db.models import Q

from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from portal.content_memo import memoised


def _sections():
    """(path, depth) of every page with a view restriction."""
    return tuple(PageViewRestriction.objects.values_list("page__path", "page__depth").distinct())


def restricted_sections():
    return memoised("view-restrictions", _sections)


def _any_alias():
    return memoised("page-aliases", Page.objects.filter(alias_of__isnull=False).exists)


def private_q():
    """Wagtail's `PageQuerySet.private_q()`, from the memoised sections."""
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    return q if q else Q(pk__in=[])


class PortalPageQuerySet(PageQuerySet):
    def private_q(self):
        return private_q()


class PortalPageManager(PageManager.from_queryset(PortalPageQuerySet)):
    """The manager of the portal's page types: `.public()` without a query."""


class RestrictionsFromMemo:
    """Mixin for page models: no query for restrictions when none can apply."""

    def get_view_restrictions(self):
        sections = restricted_sections()
        if not any(self.path.startswith(path) for path, _depth in sections) and not _any_alias():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
