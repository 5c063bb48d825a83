"""Settings shared by every environment.

Everything that differs between a laptop and production comes from environment
variables (see README, "Configuration"): the defaults give a zero-set-up site on
SQLite with a local-memory cache.
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

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
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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

# --- Languages ------------------------------------------------------------

LANGUAGE_CODE = "el"
LANGUAGES = [
    ("el", _("Greek")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
]
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
MODELTRANSLATION_LANGUAGES = ("el", "en", "ar", "fa")
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
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
]
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

# --- Booking ------------------------------------------------------------------

BOOKING_MIN_NOTICE_MINUTES = int(os.environ.get("BOOKING_MIN_NOTICE_MINUTES", "120"))
BOOKING_HORIZON_DAYS = int(os.environ.get("BOOKING_HORIZON_DAYS", "56"))
# Appointments hold grid cells of this many minutes; lengths are multiples of it.
BOOKING_GRID_MINUTES = 5
BOOKING_MAX_ACTIVE_PER_PHONE = int(os.environ.get("BOOKING_MAX_ACTIVE_PER_PHONE", "3"))
BOOKING_RETENTION_DAYS = int(os.environ.get("BOOKING_RETENTION_DAYS", "90"))
BOOKING_RATE_PER_IP = os.environ.get("BOOKING_RATE_PER_IP", "20/h")
BOOKING_RATE_PER_PHONE = os.environ.get("BOOKING_RATE_PER_PHONE", "5/d")
BOOKING_SMS_BACKEND = os.environ.get("BOOKING_SMS_BACKEND", "booking.sms.LoggingSMSBackend")
# A message that could not be sent (mail server or SMS provider down) is tried
# again after each of these delays in seconds (the last one repeats), at most
# this many attempts in all; then staff see it as "not delivered".
BOOKING_NOTIFICATION_RETRY_DELAYS = [
    int(seconds) for seconds in env_list("BOOKING_NOTIFICATION_RETRY_DELAYS", "60,300,1800,7200")
]
BOOKING_NOTIFICATION_MAX_ATTEMPTS = int(os.environ.get("BOOKING_NOTIFICATION_MAX_ATTEMPTS", "5"))
# Staff iCal feeds leave phone numbers out unless this is switched on.
BOOKING_STAFF_FEED_SHOW_PHONE = env_bool("BOOKING_STAFF_FEED_SHOW_PHONE", False)

# Rate limits count in the default cache: Redis when REDIS_URL is set, shared by
# every worker. django-ratelimit refuses a per-process cache; the local-memory
# default is accepted on purpose for `make run` and the SQLite test run only.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None
#
# With Redis, django-ratelimit 4.1 still warns (W001) because its list of
# supported caches predates Django's own RedisCache; that cache increments
# atomically (Redis INCR), which is all django-ratelimit needs.
SILENCED_SYSTEM_CHECKS = (
    ["django_ratelimit.W001"] if REDIS_URL else ["django_ratelimit.E003", "django_ratelimit.W001"]
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.db.backends": {"level": "WARNING"},
        # One line per background task and per page save drowns out real news.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
