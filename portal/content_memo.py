"""Facts about published content, worked out once per content generation in each process.

Why: every public page needs the same few facts that change only when an
editor saves something — which sections of the site are private, which
`Site` answers a host name, the header and footer menus, the site's
settings. Asking the database for them on every page the page cache has
not stored was half of each page's queries.

The page cache's content generation (`portal.page_cache`) changes, in every
worker at once, whenever anything a public page shows is saved, published,
moved or deleted; a value stamped with the generation it was built under is
exactly as fresh as a cached page. A value built while a change was not yet
committed carries the generation of the first bump, and the second bump at
commit makes it stale (the same argument as for cached pages).

Without the page cache (`PAGE_CACHE_ENABLED` off: production without a
shared cache) or while the cache is unreachable there is no generation that
every worker agrees on, so every call builds its value afresh, as before.
The same inside a transaction that has changed content and not committed
yet: what it reads may be rolled back, and a rollback bumps nothing.
"""

import pickle
import threading

from portal import page_cache

_values = {}
_lock = threading.Lock()


def memoised(key, build, *, copied=False):
    """`build()`, or its value from an earlier call under the same content generation.

    `key` names the value (include whatever it depends on: a site id, a
    language). `copied=True` hands each caller its own copy, for values a
    caller might change (model instances that a form could edit, pages that
    Wagtail annotates while serving them); the value is kept pickled, which
    is several times cheaper to copy from than `copy.deepcopy`.
    """
    generation = _generation()
    if generation is None:
        return build()
    with _lock:
        found = _values.get(key)
    if found is not None and found[0] == generation:
        stored = found[1]
    else:
        value = build()
        stored = pickle.dumps(value, pickle.HIGHEST_PROTOCOL) if copied else value
        with _lock:
            _values[key] = (generation, stored)
        if copied:
            return value  # the caller's own: nobody else has it
    return pickle.loads(stored) if copied else stored


def _generation():
    """The generation values are kept under now, or None when nothing may be kept."""
    generation = page_cache.generation_now()
    if generation is None or page_cache.change_pending():
        return None
    return generation


def available():
    """Whether `memoised` keeps values now (a shared cache, no uncommitted content change):
    a caller whose memoised value is only worth it when shared may take another path."""
    return _generation() is not None


def forget():
    """Drop every memoised value in this process (the tests, whose changes are rolled back)."""
    with _lock:
        _values.clear()


class MemoisedSiteSetting:
    """Mixin for Wagtail site settings: `for_site` without a query once memoised.

    Each caller gets its own copy: Wagtail's settings view edits the instance
    `for_site` returns, and `for_request` stores the request on it.
    """

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        parent = super()
        return memoised(
            (cls._meta.label_lower, site.pk), lambda: parent.for_site(site), copied=True
        )
