"""Settings for `make run`: a laptop, SQLite, local memory, mail to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-0b3f6c"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
