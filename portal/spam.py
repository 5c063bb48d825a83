"""One guard against spam for every public form, that never shuts a person out.

No image CAPTCHA (a blind person, someone with low literacy or on a cheap
phone cannot solve one) and nothing that needs JavaScript. Three checks:

* a **honeypot**: a field people never see (hidden by CSS and from screen
  readers, `tabindex=-1`, `autocomplete=off`) that bots fill in. A filled
  honeypot is treated as spam: nothing is stored, and the answer looks like
  success so the bot learns nothing.
* a **time trap**: the form carries the moment it was shown, signed
  (`TimestampSigner`, so it cannot be forged or moved back). A form sent
  back faster than SPAM_MIN_SECONDS, or with a signature that does not check
  out (a form kept open for days, a page from before a key change), is
  never dropped: it is shown again with everything the person typed and a
  friendly "please check and send again" — the second sending passes,
  since the original moment is kept and has aged by then.
* **rate limits** per client address in the shared cache (django-ratelimit,
  as `booking.ratelimits`). When the cache cannot count (Redis down) they
  fail closed with a clear message, "try again in a few minutes, or call
  us", never a silent pass and never a 500.

Use: a form class mixes in `SpamGuardMixin` (adds the two hidden fields and
the checks), the view calls `rate_limit(request, group, rate)` before saving
and renders `portal/includes/spam_fields.html` inside the form.
"""

import datetime

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from django_ratelimit.core import is_ratelimited

from portal.cache import CacheUnavailable
from portal.client_address import ratelimit_key

HONEYPOT = "website"
STARTED = "form_started"
SALT = "portal.spam.form-started"

TOO_FAST_TEXT = _(
    "Sorry, we could not be sure this was sent by a person. "
    "Please check your answers and press the button again."
)
RATE_LIMITED_TEXT = _(
    "We have received many messages from this connection. Please try again later, or call us."
)
UNAVAILABLE_TEXT = _(
    "We cannot take this form right now. Please try again in a few minutes, or call us."
)


def min_seconds():
    return getattr(settings, "SPAM_MIN_SECONDS", 3)


def max_age():
    return datetime.timedelta(seconds=getattr(settings, "SPAM_MAX_AGE_SECONDS", 2 * 24 * 3600))


def started_token(now=None):
    """The signed moment a form is shown ("when did this form start")."""
    moment = (now or timezone.now()).timestamp()
    return signing.TimestampSigner(salt=SALT).sign(f"{moment:.3f}")


def seconds_since(token, now=None):
    """Seconds since the signed moment in `token`, or None when it does not check out."""
    try:
        value = signing.TimestampSigner(salt=SALT).unsign(str(token or ""), max_age=max_age())
        moment = float(value)
    except (signing.BadSignature, ValueError):
        return None
    return (now or timezone.now()).timestamp() - moment


class SpamGuardMixin(forms.Form):
    """The honeypot and the time trap, for any form.

    `is_spam` (the honeypot) is for the view to check first: answer as if
    sent and store nothing. A form sent too fast is not valid and carries
    TOO_FAST_TEXT as a non-field error; what was typed stays in the form.
    """

    website = forms.CharField(required=False, label=_("Leave this empty"))
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial[STARTED] = started_token()

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix(HONEYPOT)))

    @property
    def too_fast(self):
        seconds = seconds_since(self.data.get(self.add_prefix(STARTED)))
        return seconds is None or seconds < min_seconds()

    def clean(self):
        data = super().clean()
        if self.too_fast:
            token = self.data.get(self.add_prefix(STARTED))
            if seconds_since(token) is None:
                # Forged or expired: start the clock again for the next sending.
                self.data = self.data.copy()
                self.data[self.add_prefix(STARTED)] = started_token()
            self.add_error(None, TOO_FAST_TEXT)
        return data


class RateLimitUnavailable(Exception):
    """The shared cache could not count this request: refuse it, with a clear message."""

    message = UNAVAILABLE_TEXT


def rate_limited(request, group, rate):
    """True when this request goes over `rate` for its client address (counting it).

    Raises RateLimitUnavailable when the shared cache cannot count.
    """
    try:
        limited = is_ratelimited(request, group=group, key=ratelimit_key, rate=rate, increment=True)
    except CacheUnavailable as error:
        raise RateLimitUnavailable from error
    if not getattr(caches[settings.RATELIMIT_USE_CACHE], "available", True):
        raise RateLimitUnavailable
    return limited
