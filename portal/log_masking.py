"""Private tokens out of the logs.

Three kinds of address carry a secret in their path: the citizen's manage
link (`/el/booking/manage/<token>/`, which is exchanged for a session grant
at once), the waiting list's offer and leave links
(`/el/booking/waitlist/offer/<token>/`, `…/leave/<token>/`) and a staff
member's calendar feed (`/staff/appointments/<token>.ics`, which calendar
programs need as it is). Anyone who reads the logs must not
be able to use them, so every log line, and every access-log field of
gunicorn (portal.gunicorn_logging), shows the token as `…`.
"""

import logging
import re

MASK = "…"
_SEGMENT = r"[^/?#\s\"']+"
_PATTERNS = (
    # /el/booking/manage/<token>/…
    (re.compile(rf"(/booking/manage/){_SEGMENT}"), rf"\g<1>{MASK}"),
    # /el/booking/waitlist/offer/<token>/ and …/leave/<token>/ (the waiting list's links)
    (re.compile(rf"(/booking/waitlist/(?:offer|leave)/){_SEGMENT}"), rf"\g<1>{MASK}"),
    # /el/feedback/<token>/: the one-time link asking for a rating (feedback app)
    (re.compile(rf"(/feedback/){_SEGMENT}"), rf"\g<1>{MASK}"),
    # /staff/…/<token>.ics
    (re.compile(rf"(/staff/(?:{_SEGMENT}/)*){_SEGMENT}?(\.ics)\b"), rf"\g<1>{MASK}\g<2>"),
)


def mask_tokens(text):
    """`text` with every token path segment replaced by `…`; anything else unchanged."""
    if not isinstance(text, str) or "/" not in text:
        return text
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class TokenMaskingFilter(logging.Filter):
    """A logging filter that masks tokens in the formatted message of every record.

    The message is formatted here, masked, and stored without its arguments,
    so handlers further on cannot put the token back.
    """

    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler's own error path
            return True
        masked = mask_tokens(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True
