"""Settings shared by every environment.

Everything that differs between a laptop and production comes from environment
variables (see README, "Configuration"): the defaults give a zero-set-up site on
SQLite with a local-memory cache.
"""

import datetime
import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail-modeltranslation patches Page and the migrate/makemigrations
    # commands, so it must load before anything that defines pages.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "portal",
    "services_catalog",
    "booking",
    "staff_auth",
    "callbacks",
    "contact",
    "referrals",
    "feedback",
    "figures",
    "finder",
    "home_visits",
    "activities",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "recurrence",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security_headers.PermissionsPolicyMiddleware",
    "portal.security_headers.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous public pages from the shared cache, before sessions, CSRF and
    # Wagtail's routing (portal/page_cache.py).
    "portal.page_cache.PageCacheMiddleware",
    # HTML compressed for browsers that accept gzip (Django's GZipMiddleware,
    # BREACH mitigated by random bytes in each answer's gzip header). After
    # the page cache, so a cached page is compressed once, when stored, not on
    # every hit; static files come compressed from WhiteNoise, before both.
    "portal.page_cache.GZipMiddleware",
    # Wagtail's Site of the host, without a query (portal/content_memo.py).
    "portal.middleware.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "portal.errors.ApiJsonErrorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session passed a second factor.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff sessions: second factor before any admin page, idle timeout.
    "staff_auth.middleware.StaffSignInMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data -----------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'portal.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The zero-set-up database for `make run` and the browser tests serves several
    # gunicorn workers: take the write lock when a transaction starts (no "database is
    # locked" on upgrading a read lock mid-transaction), wait for it rather than fail
    # at once, and let readers go on while one process writes (WAL). Django's own advice.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache that serves "miss" while Redis is down
            # (portal/cache.py): pages stay up, uncached.
            "BACKEND": "portal.cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "TIMEOUT": 300,
            "OPTIONS": {
                # A dead or unreachable Redis must not hold a request for long.
                "socket_connect_timeout": float(os.environ.get("CACHE_CONNECT_TIMEOUT", "0.3")),
                "socket_timeout": float(os.environ.get("CACHE_SOCKET_TIMEOUT", "0.5")),
                # After a failure, skip Redis for this long (one timeout per process
                # per interval, not one per cache call).
                "RETRY_AFTER_SECONDS": float(os.environ.get("CACHE_RETRY_AFTER_SECONDS", "5")),
                "WARNING_INTERVAL_SECONDS": 60,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        }
    }

# The page cache (portal/page_cache.py): anonymous GETs of public pages from
# the default cache, invalidated by a generation counter on every content
# change. PAGE_CACHE_SECONDS bounds an entry's life; PAGE_CACHE_SHARED_MAX_AGE
# lets a proxy or CDN in front keep a page that long without asking (0: it
# must revalidate every time, so it is never stale).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "0"))

# --- Languages ------------------------------------------------------------

LANGUAGE_CODE = "el"
# The one list of the portal's languages: code, name (translated, for
# Django) and name in its own script (for the Wagtail admin's choice).
# Everything else reads LANGUAGES: modeltranslation's columns, the admin's
# languages, the booking API's enum, `make makemessages` (through
# `manage.py language_codes`) and scripts/check_messages.py.
PORTAL_LANGUAGES = [
    ("el", _("Greek"), "Ελληνικά"),
    ("en", _("English"), "English"),
    ("ar", _("Arabic"), "العربية"),
    ("fa", _("Persian"), "فارسی"),
]
LANGUAGES = [(code, name) for code, name, _own_name in PORTAL_LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Athens"
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Field-level translation: every translated field gets one column per
# language; empty translations fall back to Greek (and templates mark the
# fallback with lang="el", see portal.templatetags.portal_i18n).
MODELTRANSLATION_DEFAULT_LANGUAGE = "el"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("el",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

# --- Static and media -----------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- E-mail -----------------------------------------------------------------

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kentro-koinotitas@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Security defaults that hold everywhere --------------------------------

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# The CSRF failure page in the page's language (JSON under /api/).
CSRF_FAILURE_VIEW = "portal.errors.csrf_failure"

# Content-Security-Policy (django-csp 4; portal.security_headers). Public
# pages: nothing inline, nothing from other sites.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Wagtail's admin writes inline scripts and styles and previews images from
# blob: URLs; still nothing from other sites, no plugins, no foreign frames.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Browser features nobody here needs, switched off for every page and frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# django-axes first: it refuses a locked-out username+address before any
# password is checked; ModelBackend then does the real authentication.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Κέντρο Κοινότητας"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The citizen-facing address (https://kentro.example.gr): every absolute link
# sent to citizens (manage links in e-mails and text messages) starts with it.
# `check --deploy` refuses a missing, non-https or loopback value (portal.checks).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000")
# Content languages come from modeltranslation, not from Wagtail's own
# page-tree-per-locale localisation.
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [(code, own_name) for code, _name, own_name in PORTAL_LANGUAGES]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No English stemming of Greek, Arabic and Persian words.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "simple"
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_FINDERS = []  # no third-party hosts: embeds stay off
# Nor avatars from gravatar.com in the admin (it would also tell gravatar who
# works here): Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# iCal feeds: the domain part of every event's UID. It must never change once
# feeds are published (calendar programs match events by UID).
ICAL_UID_DOMAIN = os.environ.get("ICAL_UID_DOMAIN", "kentro-koinotitas.example.gr")

# Open-data API (Open Referral HSDS 3.0): every published id is a UUIDv5 of this
# namespace and the thing's internal key (services_catalog/public_ids.py). Like
# the UID domain above it must never change once the API is public: every id
# clients hold would change. A second deployment sets its own.
HSDS_UUID_NAMESPACE = os.environ.get("HSDS_UUID_NAMESPACE", "980ebaec-8be7-501a-b208-0f86759ceb01")

# Background tasks: django-tasks (installed with Wagtail). "immediate" runs a
# task as soon as it is enqueued (the zero-set-up default); "database" queues
# it for `manage.py db_worker` (production: e-mail, reminders, housekeeping).
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[os.environ.get("TASKS_BACKEND", "immediate")]}}
# /readyz fails when a task has waited longer than this (db_worker stopped or overrun).
READY_MAX_TASK_AGE_SECONDS = int(os.environ.get("READY_MAX_TASK_AGE_SECONDS", "900"))

# --- Search -------------------------------------------------------------------

# Functions (dotted paths, `query -> [page, …]`) whose pages the site search
# shows above its results: the finder's everyday words ("money", "χαρτιά",
# "epidoma") lead to services (finder/search.py).
PORTAL_SEARCH_SUGGESTIONS = ["finder.search.services_for_query"]
# Paths under each language prefix that robots.txt keeps crawlers out of (besides
# search/): the finder's counting redirects, so a crawler following links does
# not count as citizens (finder/counts.py).
ROBOTS_DISALLOW_UNDER_LANGUAGE = ["finder/done/", "finder/open/"]

# --- Booking ------------------------------------------------------------------

BOOKING_MIN_NOTICE_MINUTES = int(os.environ.get("BOOKING_MIN_NOTICE_MINUTES", "120"))
BOOKING_HORIZON_DAYS = int(os.environ.get("BOOKING_HORIZON_DAYS", "56"))
# Appointments hold grid cells of this many minutes; lengths are multiples of it.
BOOKING_GRID_MINUTES = 5
BOOKING_MAX_ACTIVE_PER_PHONE = int(os.environ.get("BOOKING_MAX_ACTIVE_PER_PHONE", "3"))
BOOKING_RETENTION_DAYS = int(os.environ.get("BOOKING_RETENTION_DAYS", "90"))
BOOKING_RATE_PER_IP = os.environ.get("BOOKING_RATE_PER_IP", "20/h")
# Home-visit requests from one client address (home_visits.views).
HOME_VISIT_RATE_PER_IP = os.environ.get("HOME_VISIT_RATE_PER_IP", "10/h")
BOOKING_RATE_PER_PHONE = os.environ.get("BOOKING_RATE_PER_PHONE", "5/d")
BOOKING_SMS_BACKEND = os.environ.get("BOOKING_SMS_BACKEND", "booking.sms.LoggingSMSBackend")
# The booking audit trail (Reports › Site history) is pruned after this many days.
AUDIT_LOG_RETENTION_DAYS = int(os.environ.get("AUDIT_LOG_RETENTION_DAYS", "730"))
# A citizen's booking session (unfinished answers, the appointment just
# booked, opened manage links) expires after this many hours; the hourly
# housekeeping deletes expired sessions (booking.citizen_session).
BOOKING_SESSION_HOURS = float(os.environ.get("BOOKING_SESSION_HOURS", "2"))
# A message that could not be sent (mail server or SMS provider down) is tried
# again after each of these delays in seconds (the last one repeats), at most
# this many attempts in all; then staff see it as "not delivered".
BOOKING_NOTIFICATION_RETRY_DELAYS = [
    int(seconds) for seconds in env_list("BOOKING_NOTIFICATION_RETRY_DELAYS", "60,300,1800,7200")
]
BOOKING_NOTIFICATION_MAX_ATTEMPTS = int(os.environ.get("BOOKING_NOTIFICATION_MAX_ATTEMPTS", "5"))
# The waiting list (booking.waitlist): an offered freed time may be booked
# for this many minutes; each free seat is offered to at most this many people
# at once (the first to confirm gets it); one stays on the list this many days.
BOOKING_WAITLIST_OFFER_MINUTES = int(os.environ.get("BOOKING_WAITLIST_OFFER_MINUTES", "120"))
BOOKING_WAITLIST_OFFERS_PER_SEAT = int(os.environ.get("BOOKING_WAITLIST_OFFERS_PER_SEAT", "2"))
BOOKING_WAITLIST_DAYS = int(os.environ.get("BOOKING_WAITLIST_DAYS", "56"))
# Other apps' hourly jobs, run by booking's housekeeping task (each returns a dict of counts).
# booking's own waiting list is one of them: booking.tasks cannot import it (a cycle).
HOUSEKEEPING_HOOKS = [
    "booking.waitlist_tasks.housekeeping",
    "callbacks.tasks.housekeeping",
    "contact.tasks.housekeeping",
    "referrals.retention.housekeeping",
    "home_visits.tasks.housekeeping",
    "activities.tasks.housekeeping",
]
# Doors into the centre besides booking (callbacks, contact): requests per client
# address, counted in the shared cache like booking's (portal.spam).
CALLBACK_RATE_PER_IP = os.environ.get("CALLBACK_RATE_PER_IP", "10/h")
CONTACT_RATE_PER_IP = os.environ.get("CONTACT_RATE_PER_IP", "10/h")
# Activity sign-ups per client address (portal.spam), and how far ahead sessions are shown
# and a series sign-up reaches.
ACTIVITIES_RATE_PER_IP = os.environ.get("ACTIVITIES_RATE_PER_IP", "10/h")
ACTIVITIES_HORIZON_DAYS = int(os.environ.get("ACTIVITIES_HORIZON_DAYS", "120"))
# At most this many "we received your request" texts to one number a day (callbacks).
CALLBACK_SMS_PER_PHONE_PER_DAY = int(os.environ.get("CALLBACK_SMS_PER_PHONE_PER_DAY", "3"))
# portal.spam's time trap: a form sent back sooner than this is asked again.
SPAM_MIN_SECONDS = int(os.environ.get("SPAM_MIN_SECONDS", "3"))
# Staff iCal feeds leave phone numbers out unless this is switched on.
BOOKING_STAFF_FEED_SHOW_PHONE = env_bool("BOOKING_STAFF_FEED_SHOW_PHONE", False)

# Feedback after an attended appointment (feedback/): a place's average is
# shown only from this many ratings on (fewer say little, and could point at
# one person); a feedback link works this many days; submissions per client
# address (django-ratelimit's "N/period").
FEEDBACK_MIN_RATINGS = int(os.environ.get("FEEDBACK_MIN_RATINGS", "5"))
FEEDBACK_LINK_DAYS = int(os.environ.get("FEEDBACK_LINK_DAYS", "30"))
FEEDBACK_RATE_PER_IP = os.environ.get("FEEDBACK_RATE_PER_IP", "10/h")
# Calls to /api/v1/referrals per partner token (referrals.api.limits).
REFERRALS_API_RATE_PER_TOKEN = os.environ.get("REFERRALS_API_RATE_PER_TOKEN", "60/m")

# Public figures (figures/): people served are counted from this date on
# (YYYY-MM-DD); computed figures are kept in the cache this long, and a page
# showing them is cached no longer than that after they were computed.
FIGURES_START_DATE = os.environ.get("FIGURES_START_DATE", "2026-01-01")
FIGURES_CACHE_SECONDS = int(os.environ.get("FIGURES_CACHE_SECONDS", "900"))

# Rate limits count in the default cache: Redis when REDIS_URL is set, shared by
# every worker. django-ratelimit refuses a per-process cache; the local-memory
# default is accepted on purpose for `make run` and the SQLite test run only.
RATELIMIT_USE_CACHE = "default"
# The client's address (portal.client_address): how many proxies we run in
# front of the application (0: clients connect directly; 1: one load balancer
# that appends to X-Forwarded-For). Never RATELIMIT_IP_META_KEY: django-ratelimit
# 4.1 would trust the whole header, which every client can write.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
#
# With Redis, django-ratelimit 4.1 still warns (W001) because its list of
# supported caches predates Django's own RedisCache; that cache increments
# atomically (Redis INCR), which is all django-ratelimit needs.
SILENCED_SYSTEM_CHECKS = (
    ["django_ratelimit.W001"] if REDIS_URL else ["django_ratelimit.E003", "django_ratelimit.W001"]
)

# --- Staff sign-in (staff_auth; README, "Staff sign-in") -------------------------

# Lock-out after repeated wrong passwords (django-axes). Counts live in the
# database, so every worker on every host sees the same count. A lock holds a
# username *from one address*: an attacker who knows a colleague's username
# cannot lock them out from the office, and colleagues behind one NAT do not
# lock each other out. The second factor covers what guessing from many
# addresses could still find.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_ip"
AXES_LOCKOUT_CALLABLE = "staff_auth.lockout.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
AXES_RESET_ON_SUCCESS = True
# The lock-out records are read in Wagtail's reports, not in Django's admin site.
AXES_ENABLE_ADMIN = False
# django-axes also logs every staff sign-in and sign-out (address, browser):
# staff members' personal data, kept this many days, then deleted by the
# hourly housekeeping (booking.tasks).
STAFF_SIGN_IN_LOG_DAYS = int(os.environ.get("STAFF_SIGN_IN_LOG_DAYS", "90"))

# Second factor (django-otp): TOTP apps and one-time recovery codes. Required
# for every admin user unless STAFF_SECOND_FACTOR_FOR_EDITORS is off, when
# communications editors who cannot see appointments, users or groups sign in
# with a password only (staff_auth.policy).
STAFF_SECOND_FACTOR_FOR_EDITORS = env_bool("STAFF_SECOND_FACTOR_FOR_EDITORS", True)
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Κέντρο Κοινότητας")
STAFF_RECOVERY_CODES = 10

# Admin sessions end after this long without an admin request, and after at
# most STAFF_SESSION_MAX_HOURS in all (citizens' sessions are not touched).
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "30"))
STAFF_SESSION_MAX_HOURS = int(os.environ.get("STAFF_SESSION_MAX_HOURS", "10"))

# "Forgotten password?" mails (django-ratelimit syntax), per client address and
# per e-mail address; past either, the same "we sent mail if the address
# exists" page is shown and nothing is sent.
STAFF_PASSWORD_RESET_RATE_PER_IP = os.environ.get("STAFF_PASSWORD_RESET_RATE_PER_IP", "10/h")
STAFF_PASSWORD_RESET_RATE_PER_EMAIL = os.environ.get("STAFF_PASSWORD_RESET_RATE_PER_EMAIL", "3/h")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # Manage-link and staff-feed tokens in addresses are shown as "…" in every
    # line (portal.log_masking); gunicorn's own logs: gunicorn.conf.py.
    "filters": {"mask_tokens": {"()": "portal.log_masking.TokenMaskingFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["mask_tokens"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR", "filters": ["mask_tokens"]},
        # runserver's request lines, through the masking handler above.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        # One line per background task and per page save drowns out real news.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Lock-outs are warnings; each failed password is not news.
        "axes": {"level": "WARNING"},
    },
}
