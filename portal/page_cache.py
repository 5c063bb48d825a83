"""The page cache: anonymous public answers served from the shared cache, never stale.

What is cached: `GET` (and `HEAD`, answered from the `GET` entry) of every
address under a language prefix (`/el/…`: Wagtail pages, search, the iCal
feeds), except `/<lang>/booking/…` and `/<lang>/api/…`; one entry per
scheme, host, path and full query string (the language is the prefix), and
per encoding: `GZipMiddleware` (Django's, below) comes right after this
middleware, so a miss from a browser that accepts gzip stores the
compressed answer (with `Vary: Accept-Encoding`) and later hits send those
bytes as they are, compressed once per entry rather than once per request;
a client without gzip has its own, uncompressed entry. Both carry the ETag
of the uncompressed page (weak, `W/"…"`, on the compressed one), so a
page rebuilt unchanged still answers `304` despite gzip's random bytes.
Only `200` answers without `Set-Cookie`, without `Cache-Control:
private/no-store/no-cache`, without a CSP nonce or a view's own CSP, are
stored. A request that carries the session or the messages cookie (a signed-in
editor, a citizen in the middle of booking, a pending message) is neither
served from nor stored in the cache.

Why it is never wrong:

- **Generation.** Every entry is stamped with the content generation, a
  counter in the shared cache (Redis in production, so every worker and
  host sees the same value). Any save or delete of a model that a public
  page can show (pages, snippets, settings, schedules, exceptions, stops,
  offerings, images, documents, …), a page published, unpublished or moved,
  `migrate` and `manage.py clear_page_cache` bump it, at once and again when
  the transaction commits; an entry with another generation is a miss.
  Models that no public page shows (appointments and the rest of `booking`,
  sessions, logs, revisions, renditions, FeedVersion, …) do not bump it, so a
  morning of bookings does not empty the cache. No cached page shows free
  slots (the booking steps and the availability API are not cached), so a
  slot taken or freed changes nothing cached.
- **Date.** Entries are stamped with the local date (Europe/Athens) and
  expire at the next local midnight: "today" on the calendar, "open today"
  on a branch page.
- **Now.** A page that lists what is still to come (next visits, "book"
  links until a visit ends) calls `expires_at(moment)` with the end of the
  first visit it shows; its entry expires then.
- **Time to live.** `PAGE_CACHE_SECONDS` bounds every entry anyway.

Browsers and proxies get `Cache-Control: public, max-age=0, must-revalidate`
(plus `s-maxage=PAGE_CACHE_SHARED_MAX_AGE` when set), an `ETag`, and `304
Not Modified` for a matching `If-None-Match` straight from the cache. No
`Vary: Cookie`: the answer does not depend on cookies (requests whose cookies
matter are never served from the cache). `X-Page-Cache: hit|miss|skip` says
what happened. With Redis down (portal.cache) every request is a miss and
nothing is stored: the site is served uncached.
"""

import contextvars
import datetime
import hashlib
import logging
import secrets

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware as DjangoGZipMiddleware
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe

from portal.cache import CacheUnavailable

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
ENTRY_PREFIX = "page-cache:entry:"
HEADER = "X-Page-Cache"
HIT, MISS, SKIP = "hit", "miss", "skip"

# Paths under the language prefix that are never cached: the booking steps
# (personal, with forms) and the API (availability changes with every booking).
EXCLUDED_UNDER_LANGUAGE = ("booking/", "api/")
# Cookies that make an answer personal: the session (signed-in staff, a
# citizen's booking answers and grants) and pending messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)
# Headers of an entry that a 304 or a hit must not repeat from the stored answer.
NOT_STORED_HEADERS = {"set-cookie", "date", HEADER.lower()}
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
MAX_ENTRY_BYTES = 5 * 1024 * 1024
# Beside each entry, its stamp and headers alone: what a conditional request needs.
HEAD_PREFIX = "head:"


def _setting(name, default):
    return getattr(settings, name, default)


def enabled():
    return _setting("PAGE_CACHE_ENABLED", True)


def _cache():
    return caches[_setting("PAGE_CACHE_ALIAS", "default")]


# --- The generation ----------------------------------------------------------------------


def _fresh_generation():
    """A starting value no earlier generation had (the key may have been evicted).

    Random, not the clock: generations are only ever compared for equality,
    and a clock can repeat itself (a restored server, a test's frozen time)
    where 62 random bits do not.
    """
    return secrets.randbits(62)


def current_generation(cache=None):
    """The content generation, created when missing; None while the cache is unreachable."""
    cache = cache or _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


# The generation read at the start of the request being answered (one cache
# round trip fewer for each value portal.content_memo looks up).
_request_generation = contextvars.ContextVar("page_cache_generation", default=None)


def generation_now():
    """The content generation for the request being answered; None when there is none.

    None without the page cache or while the shared cache is unreachable:
    then no worker can tell whether a value built earlier is still right.
    """
    if not enabled():
        return None
    generation = _request_generation.get()
    if generation is None:
        try:
            generation = current_generation()
        except CacheUnavailable:
            return None
    return generation


def bump():
    """Make every cached answer stale, in every worker (the counter lives in the shared cache)."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except CacheUnavailable:
        # Nothing is served from an unreachable cache; entries written before
        # the outage still end at PAGE_CACHE_SECONDS at the latest.
        logger.warning("Page cache not invalidated: the cache is unreachable")
    except ValueError:  # no generation yet (or evicted): start a new one
        if not cache.add(GENERATION_KEY, _fresh_generation(), timeout=None):
            try:
                cache.incr(GENERATION_KEY)
            except ValueError:
                logger.warning("Page cache not invalidated: the cache is unreachable")


def _bump_on_commit():
    bump()


def change_pending(using=DEFAULT_DB_ALIAS):
    """Whether the current transaction has changed content that is not committed yet.

    What is read in such a transaction may never be committed (a rollback
    sends no signal and bumps nothing): portal.content_memo neither serves
    nor keeps values there.
    """
    connection = connections[using]
    return connection.in_atomic_block and any(
        entry[1] is _bump_on_commit for entry in connection.run_on_commit
    )


def content_changed(using=DEFAULT_DB_ALIAS):
    """Bump now, and again when the current transaction commits.

    The first bump covers changes outside a transaction (and tests, whose
    transaction never commits); the second one covers a request that read
    the new generation while the change was not yet visible to it.
    """
    if enabled():
        now_and_on_commit(_bump_on_commit, using)


def now_and_on_commit(function, using=DEFAULT_DB_ALIAS):
    """Call `function` now, and once more (not once per change) when the transaction commits.

    For counters that make what other processes keep stale: the content
    generation here, the schedule generation of the slot grids
    (booking.signals).
    """
    function()
    connection = connections[using]
    if connection.in_atomic_block and not any(
        entry[1] is function for entry in connection.run_on_commit
    ):
        transaction.on_commit(function, using=using)


clear = bump


# --- "This answer holds until…" --------------------------------------------------------

_expiry = contextvars.ContextVar("page_cache_expiry", default=None)


class _Expiry:
    __slots__ = ("until",)

    def __init__(self):
        self.until = None


def expires_at(moment):
    """Say that the answer being built changes at `moment` (an aware datetime).

    Called by whatever shows "what is still to come" (the next visits, "book"
    links until a visit ends). Outside a cached request it does nothing.
    """
    holder = _expiry.get()
    if holder is not None and moment is not None:
        holder.until = moment if holder.until is None else min(holder.until, moment)


def expires_when_first_ends(occurrences, now):
    """`expires_at` the end of the first of `occurrences` still running or to come at `now`."""
    ends = [o.end for o in occurrences if o.end > now]
    if ends:
        expires_at(min(ends))


# --- The middleware ----------------------------------------------------------------------


def _language_codes():
    return {code for code, _name in settings.LANGUAGES}


def is_cacheable_path(path):
    """Under a language prefix, and not a booking step or the API."""
    language, slash, rest = path.lstrip("/").partition("/")
    if not slash or language not in _language_codes():
        return False
    return not rest.startswith(EXCLUDED_UNDER_LANGUAGE)


def is_personal(request):
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return True
    return "HTTP_AUTHORIZATION" in request.META


def accepted_encoding(request):
    """The variant this request gets: "gzip" when GZipMiddleware will compress for it, else ""."""
    return "gzip" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else ""


def entry_key_for_url(url, encoding=""):
    """The cache key of the answer to `url` (scheme, host, path and "?" query string),
    uncompressed or (`encoding="gzip"`) compressed."""
    if "?" not in url:
        url += "?"
    if encoding:
        url += f"#{encoding}"  # a fragment: never part of a requested address
    return ENTRY_PREFIX + hashlib.sha256(url.encode()).hexdigest()


def entry_key(request):
    query = request.META.get("QUERY_STRING", "")
    return entry_key_for_url(
        f"{request.scheme}://{request.get_host()}{request.path}?{query}",
        accepted_encoding(request),
    )


def _seconds_to_midnight(now):
    local = timezone.localtime(now)
    midnight = datetime.datetime.combine(
        local.date() + datetime.timedelta(days=1), datetime.time(), tzinfo=local.tzinfo
    )
    return (midnight - local).total_seconds()


def _etag(content):
    return '"' + hashlib.md5(content, usedforsecurity=False).hexdigest() + '"'


def _public_cache_control(response):
    if "Cache-Control" in response:
        return
    directives = {"public": True, "max_age": 0, "must_revalidate": True}
    shared = _setting("PAGE_CACHE_SHARED_MAX_AGE", 0)
    if shared:
        directives["s_maxage"] = shared
    patch_cache_control(response, **directives)


def _drop_vary(response, *names):
    if not response.has_header("Vary"):
        return
    dropped = {name.lower() for name in names}
    kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() not in dropped]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


def _is_conditional(request):
    return "HTTP_IF_NONE_MATCH" in request.META or "HTTP_IF_MODIFIED_SINCE" in request.META


def _conditional(request, response):
    """304 (or 412) for a conditional request that the answer satisfies, else the answer."""
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return get_conditional_response(
        request, etag=response.get("ETag"), last_modified=last_modified, response=response
    )


class PageCacheMiddleware:
    """Serve and store anonymous public answers (see the module's docstring).

    Placed right after WhiteNoise: a hit skips sessions, languages, CSRF,
    authentication and Wagtail's routing, while the security headers
    (HSTS, CSP, Permissions-Policy) are still added to it by the middleware
    before this one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            not enabled()
            or request.method not in ("GET", "HEAD")
            or not is_cacheable_path(request.path_info)
        ):
            return self.get_response(request)
        if is_personal(request):
            return self._not_stored(self.get_response(request))

        cache = _cache()
        key = entry_key(request)
        now = timezone.now()
        stamp = None
        # A conditional request (a feed reader, a browser revalidating) first
        # reads only the entry's headers: a 304 needs no body, and a feed's
        # body is a megabyte at the scale of a region.
        conditional = _is_conditional(request)
        first = HEAD_PREFIX + key if conditional else key
        found = cache.get_many([GENERATION_KEY, first])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            generation = current_generation(cache)
        if generation is not None:
            stamp = (generation, timezone.localdate(now).isoformat())
            entry = found.get(first)
            # The entry's own end, not only the cache's time to live: the
            # page's clock decides (and a test's travelling clock with it).
            if entry is not None and entry[0] == stamp and now.timestamp() < entry[1]:
                if not conditional:
                    return self._hit(request, entry)
                answer = self._hit(request, (*entry, b""))
                if answer.status_code == 304:
                    return answer
                entry = cache.get(key)
                if entry is not None and entry[0] == stamp and now.timestamp() < entry[1]:
                    return self._hit(request, entry)

        holder = _Expiry()
        token = _expiry.set(holder)
        generation_token = _request_generation.set(generation)
        try:
            response = self.get_response(request)
        finally:
            _expiry.reset(token)
            _request_generation.reset(generation_token)
        timeout = self._timeout(request, response, holder, now) if stamp else None
        if timeout is None:
            return self._not_stored(response)
        self._prepare(response)  # HEAD too: the same headers as GET
        if request.method != "GET":
            response[HEADER] = SKIP
            return _conditional(request, response)
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in NOT_STORED_HEADERS
        ]
        expires = now.timestamp() + timeout
        cache.set_many(
            {
                key: (stamp, expires, headers, response.content),
                HEAD_PREFIX + key: (stamp, expires, headers),
            },
            timeout,
        )
        response[HEADER] = MISS
        answer = _conditional(request, response)
        answer[HEADER] = MISS
        return answer

    # -- what may be stored, and for how long ------------------------------------------

    def _timeout(self, request, response, holder, now):
        """Seconds to keep this answer, or None when it must not be stored."""
        if response.status_code != 200 or response.streaming:
            return None
        if response.has_header("Set-Cookie") or response.cookies:
            return None
        cache_control = response.get("Cache-Control", "").lower()
        if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
            return None
        if isinstance(getattr(request, "_csp_nonce", None), str):
            return None  # the body holds a nonce that only this answer's header allows
        if any(
            getattr(response, name, None)
            for name in ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
        ):
            return None  # a view's own policy, which a hit would not get
        if len(response.content) > MAX_ENTRY_BYTES:
            return None
        limits = [_setting("PAGE_CACHE_SECONDS", 600), _seconds_to_midnight(now)]
        if holder.until is not None:
            limits.append((holder.until - now).total_seconds())
        timeout = int(min(limits))
        return timeout if timeout >= 1 else None

    @staticmethod
    def _prepare(response):
        """Headers of a stored answer: validators, public caching, no Vary on cookies."""
        if not response.has_header("ETag"):
            response["ETag"] = _etag(response.content)
        _public_cache_control(response)
        # The language is in the address; cookies that matter bypass the cache.
        _drop_vary(response, "Cookie", "Accept-Language")

    @staticmethod
    def _not_stored(response):
        if "Cache-Control" not in response:
            patch_cache_control(response, private=True)
        response[HEADER] = SKIP
        return response

    @staticmethod
    def _hit(request, entry):
        _stamp, _expires, headers, content = entry
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response[HEADER] = HIT
        answer = _conditional(request, response)
        answer[HEADER] = HIT
        return answer


class GZipMiddleware(DjangoGZipMiddleware):
    """Django's GZipMiddleware (BREACH mitigated: random bytes in each gzip header).

    Placed right after PageCacheMiddleware. For an answer the page cache may
    store, it first sets the ETag of the uncompressed page, which the
    compression then makes weak: the same page rebuilt gets the same ETag
    whatever the random bytes.
    """

    def process_response(self, request, response):
        if (
            _expiry.get() is not None  # inside a request the page cache may store
            and response.status_code == 200
            and not response.streaming
            and not response.has_header("ETag")
        ):
            response["ETag"] = _etag(response.content)
        return super().process_response(request, response)
